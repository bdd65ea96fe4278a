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
}
