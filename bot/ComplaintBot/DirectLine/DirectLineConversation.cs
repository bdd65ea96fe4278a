namespace ComplaintBot.DirectLine;

/// <summary>A started Direct Line conversation: whose it is, and how many activities its stream holds.</summary>
/// <param name="LastSequence">The sequence number of the newest activity (0 when empty); also the newest watermark.</param>
public sealed record DirectLineConversation(string Id, string UserId, string? Locale, DateTimeOffset StartedAt, long LastSequence);
