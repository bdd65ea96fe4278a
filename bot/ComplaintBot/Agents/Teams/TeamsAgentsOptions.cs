namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The <c>Agents:Teams</c> settings: the agents' Teams channel the handoff cards go to. Off until
/// <see cref="ChannelId"/> is set; then <see cref="ServiceUrl"/> and <see cref="TenantId"/> are required too
/// (checked at start by <see cref="TeamsAgentsOptionsValidator"/>).
/// </summary>
public sealed class TeamsAgentsOptions
{
    public const string Section = "Agents:Teams";

    /// <summary>The Teams Bot Connector service URL of the agents' tenant, e.g. <c>https://smba.trafficmanager.net/emea/</c>.</summary>
    public string? ServiceUrl { get; set; }

    /// <summary>The agents' channel, <c>19:…@thread.tacv2</c> (a team channel the bot is installed in).</summary>
    public string? ChannelId { get; set; }

    /// <summary>The Microsoft Entra tenant id of the agents' team.</summary>
    public string? TenantId { get; set; }

    /// <summary>How long a card that could not be posted waits before it is tried again (also the claim a posting instance holds).</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How many of the last transcript lines the card and the agent's chat show.</summary>
    public int TranscriptLines { get; set; } = 8;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(ChannelId);
}
