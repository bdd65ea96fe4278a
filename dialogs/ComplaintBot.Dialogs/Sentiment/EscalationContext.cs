namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>What the escalation policy looks at for one customer message.</summary>
/// <param name="Current">The mood of the message just received.</param>
/// <param name="Earlier">The moods of the customer's earlier messages in this conversation, oldest first.</param>
/// <param name="IsVip">Whether the customer is a VIP (escalates earlier).</param>
/// <param name="ConsecutiveMisunderstandings">How many turns in a row, this one included, the bot could not understand.</param>
public sealed record EscalationContext(
    SentimentAnalysis Current,
    IReadOnlyList<SentimentAnalysis> Earlier,
    bool IsVip = false,
    int ConsecutiveMisunderstandings = 0);
