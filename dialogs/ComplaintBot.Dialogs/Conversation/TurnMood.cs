using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Conversation;

/// <summary>
/// The mood of this turn's message and the escalation policy's verdict, put in the turn state before the dialogs run,
/// so every step sees the same reading.
/// </summary>
public sealed record TurnMood(SentimentAnalysis Analysis, EscalationDecision Decision);
