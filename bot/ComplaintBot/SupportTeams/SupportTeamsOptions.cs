using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The <c>SupportTeams</c> settings: where negative check-in results and the daily digest go (a Teams channel, a
/// signed webhook, both or neither), when the digest is sent, and how deliveries are retried.
/// </summary>
public sealed class SupportTeamsOptions
{
    public const string Section = "SupportTeams";

    /// <summary>A Teams channel that gets a card per negative result and the digest; off while its service URL is empty.</summary>
    public TeamsChannelTargetOptions TeamsChannel { get; set; } = new();

    /// <summary>A webhook that gets the same as signed JSON; off while its URL is empty.</summary>
    public WebhookTargetOptions Webhook { get; set; } = new();

    /// <summary>Whether the daily digest is sent at all. Default true.</summary>
    public bool DigestEnabled { get; set; } = true;

    /// <summary>The local time of day (in <see cref="DigestTimeZone"/>) from which the previous day's digest is sent. Default 08:00.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan DigestTime { get; set; } = new(8, 0, 0);

    /// <summary>The time zone (IANA or Windows id) whose days the digest covers. Default UTC.</summary>
    [Required]
    public string DigestTimeZone { get; set; } = "UTC";

    /// <summary>How often pending notifications are looked for (and the digest's time checked). Default 15 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a claimed notification belongs to the instance delivering it; after that another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait after the first failed delivery; it doubles with each further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>After this many failed attempts a notification is recorded as failed (and logged) instead of tried again.</summary>
    [Range(1, 1000)]
    public int MaxAttempts { get; set; } = 20;

    /// <summary>How many pending notifications one instance claims at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 20;

    /// <summary>The targets that are switched on, in a fixed order.</summary>
    public IReadOnlyList<SupportTarget> EnabledTargets =>
    [
        .. TeamsChannel.IsEnabled ? [SupportTarget.TeamsChannel] : Array.Empty<SupportTarget>(),
        .. Webhook.IsEnabled ? [SupportTarget.Webhook] : Array.Empty<SupportTarget>(),
    ];
}
