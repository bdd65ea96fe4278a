using System.Net.Http.Json;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// One real bot host over HTTP with a stub customer channel, agent accounts created through the <c>agents add</c>
/// command, and helpers to file escalated complaints (as the intake dialog does), let the customer write, and sign
/// agents in. Each test files its own complaints, so tests share the host.
/// </summary>
public sealed class AgentConsoleHost : IAsyncLifetime
{
    public const string Password = "correct horse battery staple";

    private StubChannel? _channel;

    public AgentConsoleHost()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <param name="settings">Layered over the console's test settings (e.g. Entra ID sign-in).</param>
    /// <param name="configureServices">Runs after the host's own registrations.</param>
    internal AgentConsoleHost(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        Host = new BotHostFactory(
            new Dictionary<string, string?>
            {
                ["Agents:LanguageFirstWindow"] = "01:00:00",
                // Every test signs in from 127.0.0.1; the per-address limit has tests of its own.
                ["Agents:SignInLimits:AttemptsPerAddress"] = "1000",
            }.Concat(settings).GroupBy(s => s.Key).ToDictionary(g => g.Key, g => g.Last().Value),
            configureServices: services =>
            {
                services.AddSingleton<IComplaintResolvedListener>(Resolutions);
                configureServices?.Invoke(services);
            });
    }

    public BotHostFactory Host { get; }

    /// <summary>Every complaint the host announced as resolved.</summary>
    public RecordingResolvedListener Resolutions { get; } = new();

    public StubChannel Channel => _channel ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _channel = await StubChannel.StartAsync();
        _ = Host.Address;
        await AddAgentAsync("Mina Park", "ko,en");
        await AddAgentAsync("Ana Novak", "sl,en");
        await AddAgentAsync("Kenji Sato", "ja");
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
        Host.DeleteDataDirectory();
    }

    public Task AddAgentAsync(string name, string languages)
        => RunAgentsCommandAsync(["agents", "add", "--name", name, "--languages", languages], Password + "\n");

    /// <summary>Links an agent who signs in with Entra ID (no password) through <c>agents add --entra-object-id</c>.</summary>
    public Task AddEntraAgentAsync(string name, string languages, string objectId)
        => RunAgentsCommandAsync(["agents", "add", "--name", name, "--languages", languages, "--entra-object-id", objectId], string.Empty);

    private async Task RunAgentsCommandAsync(string[] args, string input)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AgentsCommand.RunAsync(Host.Services, args, new StringReader(input), output, error);
        Assert.True(exit == 0, error.ToString());
    }

    /// <summary>Files a complaint as the intake dialog does; with a reason, escalates it and asks for a person.</summary>
    public async Task<Complaint> FileComplaintAsync(
        string language = "ko",
        EscalationReason? handoff = EscalationReason.Angry,
        bool vip = false,
        ComplaintPriority priority = ComplaintPriority.Normal,
        string description = "The camera broke after two days.",
        DateTimeOffset? requestedAt = null,
        string? userId = null)
    {
        var now = DateTimeOffset.UtcNow;
        var user = userId ?? "user-" + Guid.NewGuid().ToString("N");
        var complaint = new Complaint
        {
            Reference = "CMP-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
            Customer = new Customer("emulator", user) { Name = "Customer " + user[^4..] },
            Conversation = new ConversationReference
            {
                ChannelId = "emulator",
                ServiceUrl = Channel.ServiceUrl.AbsoluteUri,
                Locale = language,
                User = new ChannelAccount { Id = user },
                Bot = new ChannelAccount { Id = "bot-1", Name = "ComplaintBot" },
                Conversation = new ConversationAccount { Id = "conv-" + Guid.NewGuid().ToString("N") },
            },
            Language = language,
            Category = ComplaintCategory.ProductFault,
            Description = description,
            Priority = priority,
            IsVip = vip,
            CreatedAt = now,
            Deadline = now.AddHours(4),
            Status = handoff is null ? ComplaintStatus.Open : ComplaintStatus.Escalated,
            History = [new StatusChange(now, handoff is null ? ComplaintStatus.Open : ComplaintStatus.Escalated, "bot", "filed")],
            Transcript = [new TranscriptEntry(now, TranscriptSpeaker.Customer, description) { Mood = SentimentLabel.Negative }],
        };
        complaint = await Host.Services.GetRequiredService<IComplaintStore>().AddAsync(complaint, CancellationToken.None);
        if (handoff is { } reason)
        {
            await Host.Services.GetRequiredService<IHandoffService>().RequestAsync(
                new HandoffRequest(complaint.Reference, reason, [new UpsetSignal(UpsetSignalKind.Anger, "broke")], SentimentLabel.Negative, requestedAt ?? now),
                CancellationToken.None);
        }

        return complaint;
    }

    public Task<Complaint?> StoredAsync(string reference)
        => Host.Services.GetRequiredService<IComplaintStore>().FindAsync(reference, CancellationToken.None);

    /// <summary>The customer writes in their conversation: a real POST to /api/messages.</summary>
    public async Task CustomerSaysAsync(Complaint complaint, string text)
    {
        using var client = Host.CreateLoopbackClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), new
        {
            type = "message",
            id = "in-" + Guid.NewGuid().ToString("N"),
            channelId = complaint.Conversation.ChannelId,
            serviceUrl = complaint.Conversation.ServiceUrl,
            locale = complaint.Language,
            from = new { id = complaint.Customer.UserId },
            recipient = new { id = "bot-1" },
            conversation = new { id = complaint.Conversation.Conversation!.Id },
            text,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>The texts the bot sent into a complaint's conversation, in order.</summary>
    public IReadOnlyList<string> SentTo(Complaint complaint)
    {
        var path = "/v3/conversations/" + Uri.EscapeDataString(complaint.Conversation.Conversation!.Id!) + "/activities";
        return [.. Channel.Requests
            .Where(r => r.RawTarget.StartsWith(path, StringComparison.Ordinal))
            .Select(r => System.Text.Json.JsonDocument.Parse(r.Body).RootElement.GetProperty("text").GetString()!)];
    }

    public Task<AgentClient> SignInAsync(string name) => AgentClient.SignInAsync(Host.Address, name, Password);
}
