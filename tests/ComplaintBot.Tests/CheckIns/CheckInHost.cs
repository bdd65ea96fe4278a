using System.Net.Http.Json;
using ComplaintBot.CheckIns;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;
using ComplaintBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.CheckIns;

/// <summary>
/// The real host on a fake clock, talking to a stub channel. Unless asked for, the dispatcher's timer loop is left out
/// so that each test runs the dispatch rounds itself (<see cref="SendDueAsync"/>) and knows when one has finished.
/// </summary>
public sealed class CheckInHost : IAsyncDisposable
{
    private CheckInHost(StubChannel channel, BotHostFactory host, FakeTimeProvider time)
    {
        Channel = channel;
        Host = host;
        Time = time;
    }

    public StubChannel Channel { get; }

    public BotHostFactory Host { get; }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => Host.Services;

    public ICheckInStore CheckIns => Services.GetRequiredService<ICheckInStore>();

    public IComplaintStore Complaints => Services.GetRequiredService<IComplaintStore>();

    /// <param name="withDispatcher">Keeps the dispatcher's own timer loop (on the fake clock) running.</param>
    public static async Task<CheckInHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, bool withDispatcher = false)
    {
        var channel = await StubChannel.StartAsync();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var host = new BotHostFactory(settings, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(time);
            if (!withDispatcher)
            {
                services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(CheckInDispatcher)));
            }
        });
        _ = host.Address;
        return new CheckInHost(channel, host, time);
    }

    /// <summary>Files a complaint that an agent has just resolved, and tells the resolution listeners (as the desk does).</summary>
    public async Task<Complaint> ResolveAsync(string language, string description = "The parcel arrived with a cracked screen.")
    {
        var sample = SampleComplaints.Create(customer: new Customer("emulator", "user-" + Guid.NewGuid().ToString("N")[..6]));
        var now = Time.GetUtcNow();
        var complaint = await Complaints.AddAsync(
            sample with
            {
                Language = language,
                Description = description,
                Priority = ComplaintPriority.Normal,
                Status = ComplaintStatus.Resolved,
                Resolution = "We sent a replacement.",
                ResolvedAt = now,
                Conversation = new ConversationReference
                {
                    ChannelId = "emulator",
                    ServiceUrl = Channel.ServiceUrl.AbsoluteUri,
                    User = new ChannelAccount { Id = sample.Customer.UserId },
                    Bot = new ChannelAccount { Id = "bot-1" },
                    Conversation = new ConversationAccount { Id = "conv-" + Guid.NewGuid().ToString("N") },
                },
            },
            CancellationToken.None);
        foreach (var listener in Services.GetServices<IComplaintResolvedListener>())
        {
            await listener.OnResolvedAsync(complaint, CancellationToken.None);
        }

        return complaint;
    }

    public Task<int> SendDueAsync() => Services.GetRequiredService<CheckInSender>().SendDueAsync(CancellationToken.None);

    /// <summary>The customer says <paramref name="text"/> in the complaint's conversation, through /api/messages.</summary>
    public async Task SayAsync(Complaint complaint, string text)
    {
        using var client = Host.CreateLoopbackClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), new
        {
            type = "message",
            id = "in-" + Guid.NewGuid().ToString("N"),
            channelId = complaint.Conversation.ChannelId,
            serviceUrl = complaint.Conversation.ServiceUrl,
            from = new { id = complaint.Conversation.User!.Id },
            recipient = new { id = "bot-1" },
            conversation = new { id = complaint.Conversation.Conversation!.Id },
            locale = complaint.Language,
            text,
        });
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteDataDirectory();
        await Channel.DisposeAsync();
    }
}
