using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Privacy;

/// <summary>Data protection settings (section <c>Privacy</c>).</summary>
public sealed class PrivacyOptions
{
    public const string SectionName = "Privacy";

    /// <summary>
    /// How long personal data is kept after a complaint was last changed once resolved or closed, and how long an
    /// untouched conversation's state is kept. After that the retention sweep erases it, keeping the anonymised record.
    /// </summary>
    [Range(typeof(TimeSpan), "1.00:00:00", "3650.00:00:00", ErrorMessage = "Privacy:RetentionPeriod must be between 1 day and 10 years.")]
    public TimeSpan RetentionPeriod { get; set; } = TimeSpan.FromDays(365);

    /// <summary>How often each instance runs the retention sweep (the first run is at start-up).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Privacy:RetentionSweepInterval must be between 1 minute and 30 days.")]
    public TimeSpan RetentionSweepInterval { get; set; } = TimeSpan.FromHours(6);
}
