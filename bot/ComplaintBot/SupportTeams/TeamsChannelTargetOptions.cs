namespace ComplaintBot.SupportTeams;

/// <summary>
/// <c>SupportTeams:TeamsChannel</c>: the Teams channel the bot posts to proactively. Either a channel id (each post
/// starts a new thread in it; the bot must be installed in the team) with the tenant id, or an existing conversation id.
/// </summary>
public sealed class TeamsChannelTargetOptions
{
    /// <summary>The Teams service URL of the team's region, e.g. <c>https://smba.trafficmanager.net/emea/</c>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The channel id, e.g. <c>19:abc…@thread.tacv2</c>.</summary>
    public string? ChannelId { get; set; }

    /// <summary>The Microsoft Entra tenant of the team; required with <see cref="ChannelId"/>.</summary>
    public string? TenantId { get; set; }

    /// <summary>Instead of a new thread per post: an existing conversation (a channel thread or group chat) to post into.</summary>
    public string? ConversationId { get; set; }

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ServiceUrl);
}
