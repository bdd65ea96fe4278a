namespace ComplaintBot.DirectLine;

/// <summary>What a valid token allows: one user in one conversation.</summary>
public sealed record DirectLineTokenGrant(string ConversationId, string UserId);
