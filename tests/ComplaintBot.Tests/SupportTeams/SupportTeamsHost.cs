using System.Security.Cryptography;
using ComplaintBot.CheckIns;
using ComplaintBot.SupportTeams;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.SupportTeams;

/// <summary>
/// The real bot host on a fake clock with a webhook receiver and a stub Teams channel as support-team targets. The
/// background loops (check-ins, support notifications) are left out, so each test runs the rounds itself and knows when
/// one has finished; <see cref="RestartAsync"/> starts a new process on the same database.
/// </summary>
public sealed class SupportTeamsHost : IAsyncDisposable
{
    public const string TeamsChannelId = "19:support-team@thread.tacv2";
    public const string TenantId = "0d1f7a3c-5a8e-4c36-9f3e-7d0b2c3e4f51";

    private readonly IReadOnlyDictionary<string, string?> _settings;
    private readonly ILoggerProvider? _logs;

    private SupportTeamsHost(BotHostFactory host, FakeTimeProvider time, WebhookReceiver webhook, StubChannel teams, IReadOnlyDictionary<string, string?> settings, ILoggerProvider? logs)
    {
        _logs = logs;
        Host = host;
        Time = time;
        Webhook = webhook;
        Teams = teams;
        _settings = settings;
    }

    public BotHostFactory Host { get; private set; }

    public FakeTimeProvider Time { get; }

    public WebhookReceiver Webhook { get; }

    public StubChannel Teams { get; }

    public IServiceProvider Services => Host.Services;

    public ISupportOutbox Outbox => Services.GetRequiredService<ISupportOutbox>();

    /// <param name="webhook">Enables the webhook target.</param>
    /// <param name="settings">More settings; the digest is off unless they turn it on.</param>
    /// <param name="teams">Enables the Teams channel target.</param>
    /// <param name="logs">A logger provider that sees everything the host logs.</param>
    public static async Task<SupportTeamsHost> StartAsync(bool webhook = true, bool teams = false, IReadOnlyDictionary<string, string?>? settings = null, DateTimeOffset? now = null, ILoggerProvider? logs = null)
    {
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var receiver = await WebhookReceiver.StartAsync(secret, time);
        var channel = await StubChannel.StartAsync();
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        all.TryAdd("SupportTeams:DigestEnabled", "false");
        if (webhook)
        {
            all["SupportTeams:Webhook:Url"] = receiver.Url.AbsoluteUri;
            all["SupportTeams:Webhook:Secret"] = secret;
        }

        if (teams)
        {
            all["SupportTeams:TeamsChannel:ServiceUrl"] = channel.ServiceUrl.AbsoluteUri;
            all["SupportTeams:TeamsChannel:ChannelId"] = TeamsChannelId;
            all["SupportTeams:TeamsChannel:TenantId"] = TenantId;
        }

        var host = CreateHost(all, time, dataDirectory: null, logs);
        _ = host.Address;
        return new SupportTeamsHost(host, time, receiver, channel, all, logs);
    }

    /// <summary>Stops the process and starts a new one on the same data folder (and clock).</summary>
    public async Task RestartAsync()
    {
        var dataDirectory = Host.DataDirectory;
        await Host.DisposeAsync();
        Host = CreateHost(_settings, Time, dataDirectory, _logs);
        _ = Host.Address;
    }

    /// <summary>Tells the support teams' listener about a check-in result, as the check-in store does after recording it.</summary>
    public Task TellAsync(CheckInResult result) =>
        Services.GetServices<ICheckInResultListener>().OfType<NegativeResultNotifier>().Single().OnResultChangedAsync(result, CancellationToken.None);

    /// <summary>One dispatcher round: the digest if due, then the outbox.</summary>
    public async Task<int> RoundAsync()
    {
        await Services.GetRequiredService<DailyDigestPlanner>().EnqueueDueAsync(CancellationToken.None);
        return await Services.GetRequiredService<SupportNotificationSender>().SendDueAsync(CancellationToken.None);
    }

    /// <summary>
    /// Stores a check-in through the real store: scheduled at its resolution, sent at <paramref name="sentAt"/> (never
    /// when null), answered (and commented) an hour later.
    /// </summary>
    public async Task<string> SeedCheckInAsync(
        string reference,
        string category,
        string? agent,
        DateTimeOffset resolvedAt,
        DateTimeOffset? sentAt,
        bool? solved = null,
        int? rating = null,
        string? comment = null)
    {
        var store = Services.GetRequiredService<ICheckInStore>();
        var id = reference + "@1";
        var dueAt = sentAt ?? resolvedAt.AddDays(100);
        Assert.True(await store.ScheduleAsync(new CheckInSchedule(id, reference, "emulator/" + reference, category, "en", agent, resolvedAt, dueAt, dueAt.AddHours(48)), resolvedAt, CancellationToken.None));
        if (sentAt is not { } sent)
        {
            return id;
        }

        Assert.Contains(await store.ClaimDueAsync("seed", sent, sent.AddMinutes(2), 1000, CancellationToken.None), claimed => claimed.Id == id);
        Assert.Equal(1, await store.MarkSentAsync("seed", [new SentCheckIn(id, sent, sent.AddHours(24), sent.AddHours(48))], CancellationToken.None));
        if (solved is not null || rating is not null)
        {
            Assert.NotNull(await store.RecordAnswerAsync(id, solved, rating, sent.AddHours(1), CancellationToken.None));
        }

        if (comment is not null)
        {
            Assert.True(await store.AskCommentAsync(id, sent.AddHours(1), CancellationToken.None));
            Assert.NotNull(await store.RecordCommentAsync(id, comment, sent.AddHours(1), CancellationToken.None));
        }

        return id;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteDataDirectory();
        await Webhook.DisposeAsync();
        await Teams.DisposeAsync();
    }

    /// <summary>A negative result: "not solved", rated 2, with a comment.</summary>
    public static CheckInResult NegativeResult(string checkInId = "CMP-NEG1@1", string? comment = "Still broken.") => new(
        checkInId, checkInId.Split('@')[0], "ProductFault", "en", "Mina Park", CheckInStatus.Answered, Solved: false, Rating: 2, comment,
        new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 11, 0, 0, TimeSpan.Zero));

    private static BotHostFactory CreateHost(IReadOnlyDictionary<string, string?> settings, FakeTimeProvider time, string? dataDirectory, ILoggerProvider? logs) =>
        new(settings, dataDirectory, services =>
        {
            services.AddSingleton<TimeProvider>(time);
            if (logs is not null)
            {
                services.AddSingleton(logs);
            }

            foreach (var loop in services.Where(service => service.ServiceType == typeof(IHostedService)
                && (service.ImplementationType == typeof(CheckInDispatcher) || service.ImplementationType == typeof(SupportNotificationDispatcher))).ToList())
            {
                services.Remove(loop);
            }
        });
}
