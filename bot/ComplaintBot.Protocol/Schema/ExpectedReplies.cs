namespace ComplaintBot.Protocol.Schema;

/// <summary>The HTTP body of an <c>expectReplies</c> turn: every reply of the turn, in order.</summary>
public sealed record ExpectedReplies(IReadOnlyList<Activity> Activities);
