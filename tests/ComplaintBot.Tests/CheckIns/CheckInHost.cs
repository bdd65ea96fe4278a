using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
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
    private CheckInHost(StubChannel channel, BotHostFactory host, FakeTimeProvider time, RecordingResultListener results)
    {
        Channel = channel;
        Host = host;
        Time = time;
        Results = results;
    }

    /// <summary>Every result the check-ins reported to <see cref="ICheckInResultListener"/>s, in order.</summary>
    public RecordingResultListener Results { get; }

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
        var results = new RecordingResultListener();
        var host = new BotHostFactory(settings, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<ICheckInResultListener, ThrowingResultListener>();
            services.AddSingleton<ICheckInResultListener>(results);
            if (!withDispatcher)
            {
                services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(CheckInDispatcher)));
            }
        });
        try
        {
            _ = host.Address;
        }
        catch
        {
            await host.DisposeAsync();
            host.DeleteDataDirectory();
            await channel.DisposeAsync();
            throw;
        }

        return new CheckInHost(channel, host, time, results);
    }

    /// <summary>
    /// Files a complaint that an agent has just resolved, and tells the resolution listeners (as the desk does). With
    /// <paramref name="timeZone"/>, the customer first says hello from that zone (as Web Chat reports it).
    /// </summary>
    public async Task<Complaint> ResolveAsync(string language, string description = "The parcel arrived with a cracked screen.", string? timeZone = null, string channelId = "emulator")
    {
        var sample = SampleComplaints.Create(customer: new Customer(channelId, "user-" + Guid.NewGuid().ToString("N")[..6]));
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
                    ChannelId = channelId,
                    ServiceUrl = Channel.ServiceUrl.AbsoluteUri,
                    User = new ChannelAccount { Id = sample.Customer.UserId },
                    Bot = new ChannelAccount { Id = "bot-1" },
                    Conversation = new ConversationAccount { Id = "conv-" + Guid.NewGuid().ToString("N"), TenantId = channelId == "msteams" ? "tenant-1" : null },
                },
            },
            CancellationToken.None);
        if (timeZone is not null)
        {
            await PostAsync(complaint, new { text = "hello", localTimezone = timeZone });
        }

        foreach (var listener in Services.GetServices<IComplaintResolvedListener>())
        {
            await listener.OnResolvedAsync(complaint, CancellationToken.None);
        }

        return complaint;
    }

    public Task<int> SendDueAsync() => Services.GetRequiredService<CheckInSender>().SendDueAsync(CancellationToken.None);

    /// <summary>The customer says <paramref name="text"/> in the complaint's conversation, through /api/messages.</summary>
    public Task SayAsync(Complaint complaint, string text) => PostAsync(complaint, new { text });

    /// <summary>The customer clicks a button (or submits a card): a message whose value is <paramref name="value"/> (JSON).</summary>
    public Task ClickAsync(Complaint complaint, string? text, string value) =>
        PostAsync(complaint, new { text, value = JsonDocument.Parse(value).RootElement });

    /// <summary>Posts a message activity with the given extra fields in the complaint's (current) conversation.</summary>
    private async Task PostAsync(Complaint complaint, object fields)
    {
        var conversation = (await Complaints.FindAsync(complaint.Reference, CancellationToken.None))?.Conversation ?? complaint.Conversation;
        var activity = JsonSerializer.SerializeToNode(fields)!.AsObject();
        activity["type"] = "message";
        activity["id"] = "in-" + Guid.NewGuid().ToString("N");
        activity["channelId"] = conversation.ChannelId;
        activity["serviceUrl"] = conversation.ServiceUrl;
        activity["from"] = new JsonObject { ["id"] = conversation.User!.Id };
        activity["recipient"] = new JsonObject { ["id"] = "bot-1" };
        activity["conversation"] = new JsonObject { ["id"] = conversation.Conversation!.Id };
        activity["locale"] = complaint.Language;
        using var client = Host.CreateLoopbackClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The check-in of the complaint's (first) resolution.</summary>
    public static string CheckInIdOf(Complaint complaint) => CheckInScheduler.IdFor(complaint.Reference, complaint.ResolvedAt!.Value);

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteDataDirectory();
        await Channel.DisposeAsync();
    }
}
