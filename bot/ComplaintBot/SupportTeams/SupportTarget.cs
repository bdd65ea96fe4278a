namespace ComplaintBot.SupportTeams;

/// <summary>Where a support-team notification is delivered.</summary>
public enum SupportTarget
{
    /// <summary>A proactive post (an Adaptive Card) in a Teams channel.</summary>
    TeamsChannel,

    /// <summary>A signed JSON POST to the configured webhook.</summary>
    Webhook,
}
