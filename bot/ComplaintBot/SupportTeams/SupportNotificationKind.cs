namespace ComplaintBot.SupportTeams;

public enum SupportNotificationKind
{
    /// <summary>A check-in answered "not solved" or rated 1–2; sent as soon as it is recorded.</summary>
    NegativeResult,

    /// <summary>The figures of the check-ins sent on the previous day.</summary>
    DailyDigest,
}
