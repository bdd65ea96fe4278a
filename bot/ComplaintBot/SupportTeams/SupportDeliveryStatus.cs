namespace ComplaintBot.SupportTeams;

/// <summary>Where one notification's delivery to one target is.</summary>
public enum SupportDeliveryStatus
{
    /// <summary>Waiting for its first attempt, or for the next one after a failure.</summary>
    Pending,

    /// <summary>The target accepted it.</summary>
    Delivered,

    /// <summary>Refused for good, or still failing after the last allowed attempt; logged, not tried again.</summary>
    Failed,
}
