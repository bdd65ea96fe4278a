using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Agents.Queue;

/// <summary>A handoff as a queue line in the console: what an agent decides to pick it up by.</summary>
public sealed record QueueEntry(
    string Id,
    string ComplaintReference,
    HandoffStatus Status,
    EscalationReason Reason,
    SentimentLabel Mood,
    string Language,
    bool IsVip,
    bool IsFrequentContacter,
    int Priority,
    DateTimeOffset RequestedAt,
    double WaitingSeconds,
    string? AgentName)
{
    /// <summary>Whether the reading agent speaks the customer's language (null in a broadcast).</summary>
    public bool? SpeaksLanguage { get; init; }

    public static QueueEntry From(HandoffTicket ticket, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var until = ticket.AcceptedAt ?? now;
        return new QueueEntry(
            ticket.Id,
            ticket.ComplaintReference,
            ticket.Status,
            ticket.Reason,
            ticket.Mood,
            ticket.Language,
            ticket.IsVip,
            ticket.IsFrequentContacter,
            ticket.Priority,
            ticket.RequestedAt,
            Math.Max(0, (until - ticket.RequestedAt).TotalSeconds),
            ticket.AgentName);
    }
}
