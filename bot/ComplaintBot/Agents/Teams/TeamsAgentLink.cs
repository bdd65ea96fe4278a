namespace ComplaintBot.Agents.Teams;

/// <summary>
/// An agent account linked to a Teams user: <see cref="AadObjectId"/> (the user's Microsoft Entra object id, given by
/// <c>agents link-teams</c>) names them; the Teams user id and their 1:1 chat with the bot are learnt when they first
/// act in Teams; <see cref="FocusHandoffId"/> is the handoff their plain messages go to.
/// </summary>
public sealed record TeamsAgentLink(string AgentId, string AadObjectId)
{
    /// <summary>The user's per-bot Teams id (<c>29:…</c>).</summary>
    public string? TeamsUserId { get; init; }

    /// <summary>The agent's 1:1 chat with the bot (<c>a:…</c>).</summary>
    public string? ChatConversationId { get; init; }

    public string? FocusHandoffId { get; init; }
}
