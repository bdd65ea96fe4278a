using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.CheckIns;

/// <summary>The <c>CheckIns</c> settings: when the satisfaction check-in after a resolution is sent, and how it is retried.</summary>
public sealed class CheckInOptions
{
    public const string Section = "CheckIns";

    /// <summary>How long after the resolution the check-in is due. Default 24 hours; seconds for a demonstration.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long after the due time it may still be sent; after that it is recorded as missed. Default 48 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan Window { get; set; } = TimeSpan.FromHours(48);

    /// <summary>How often the dispatcher looks for due check-ins. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a claimed check-in belongs to the instance sending it; after that another may take it over.</summary>
    [Range(typeof(TimeSpan), "00:00:05", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The wait after the first transient failure; it doubles with each further attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "06:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The longest wait between two attempts.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How many due check-ins one instance claims at a time.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 50;

    /// <summary>How many check-ins one instance sends at once (each waits for the channel's answer).</summary>
    [Range(1, 256)]
    public int SendConcurrency { get; set; } = 16;

    /// <summary>How long after the check-in reached the customer the one reminder is sent, if nothing was answered. Default 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "30.00:00:00")]
    public TimeSpan ReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// How long after the check-in reached the customer an answer is taken; after that it is recorded as unanswered.
    /// Default 48 hours: a day after the reminder. Must be longer than <see cref="ReminderAfter"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "60.00:00:00")]
    public TimeSpan AnswerWindow { get; set; } = TimeSpan.FromHours(48);

    /// <summary>When quiet hours start in the customer's time zone (nothing is sent until <see cref="QuietHoursEnd"/>). Default 21:00.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan QuietHoursStart { get; set; } = new(21, 0, 0);

    /// <summary>When quiet hours end in the customer's time zone. Default 08:00; equal to the start means no quiet hours.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "23:59:59")]
    public TimeSpan QuietHoursEnd { get; set; } = new(8, 0, 0);

    /// <summary>The time zone (IANA or Windows id) for customers whose channel never reported theirs. Default UTC.</summary>
    [Required]
    public string DefaultTimeZone { get; set; } = "UTC";

    /// <summary>
    /// Another way to reach a person (a phone number, an e-mail address, a web form), offered with the apology when
    /// the problem is not solved; none when empty.
    /// </summary>
    public string? SupportContact { get; set; }

    /// <summary>The quiet hours as configured.</summary>
    public QuietHours QuietHours => new(QuietHoursStart, QuietHoursEnd);

    /// <summary>The zone for <paramref name="reportedId"/>, or the default zone when it is null or unknown on this machine.</summary>
    public TimeZoneInfo TimeZoneFor(string? reportedId) =>
        reportedId is { Length: > 0 } && TimeZoneInfo.TryFindSystemTimeZoneById(reportedId, out var reported) ? reported
        : TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out var fallback) ? fallback
        : TimeZoneInfo.Utc;

    /// <summary>The checks data annotations cannot express; null when the settings are consistent.</summary>
    public string? Inconsistency() =>
        AnswerWindow <= ReminderAfter ? "CheckIns:AnswerWindow must be longer than CheckIns:ReminderAfter."
        : !TimeZoneInfo.TryFindSystemTimeZoneById(DefaultTimeZone, out _) ? $"CheckIns:DefaultTimeZone '{DefaultTimeZone}' is not a time zone known on this machine."
        : null;
}
