namespace ComplaintBot.Agents.Teams;

/// <summary>Where a handoff's card was posted in the agents' channel: the thread's conversation id and the card's activity id.</summary>
public sealed record TeamsCardAddress(string HandoffId, string ConversationId, string ActivityId);
