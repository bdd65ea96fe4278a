using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// Everything an agent needs to take over without the customer repeating anything: the complaint record, its
/// transcript and history, the signals that triggered the handoff, and the customer's earlier complaints. The
/// conversation's channel address stays on the server.
/// </summary>
public sealed record ComplaintPacket(
    ComplaintSummary Summary,
    string Description,
    ComplaintFacts Facts,
    DesiredResolution DesiredResolution,
    string? DesiredResolutionText,
    ContactRoute ContactRoute,
    IReadOnlyList<string> PriorityReasons,
    Customer Customer,
    IReadOnlyList<TranscriptEntry> Transcript,
    IReadOnlyList<StatusChange> History,
    string? Resolution,
    QueueEntry? Handoff,
    IReadOnlyList<UpsetSignal> Signals,
    IReadOnlyList<ComplaintSummary> EarlierComplaints)
{
    public static ComplaintPacket Of(Complaint complaint, HandoffTicket? handoff, IEnumerable<Complaint> customersComplaints, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(customersComplaints);
        return new ComplaintPacket(
            ComplaintSummary.Of(complaint),
            complaint.Description,
            complaint.Facts,
            complaint.DesiredResolution,
            complaint.DesiredResolutionText,
            complaint.ContactRoute,
            complaint.PriorityReasons,
            complaint.Customer,
            complaint.Transcript,
            complaint.History,
            complaint.Resolution,
            handoff is null ? null : QueueEntry.From(handoff, now),
            handoff?.Signals ?? [],
            [.. customersComplaints.Where(c => c.Reference != complaint.Reference).Select(ComplaintSummary.Of)]);
    }
}
