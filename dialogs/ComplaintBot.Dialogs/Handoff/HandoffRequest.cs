using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>
/// What the bot gives a person when it hands a customer over: the complaint as filed so far (already in the
/// store, status <see cref="Complaints.ComplaintStatus.Escalated"/>), why, and the signals that showed it.
/// </summary>
public sealed record HandoffRequest(
    string ComplaintReference,
    EscalationReason Reason,
    IReadOnlyList<UpsetSignal> Signals,
    SentimentLabel Mood,
    DateTimeOffset RequestedAt);
