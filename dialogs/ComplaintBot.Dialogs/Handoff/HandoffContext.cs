using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>What a contact-centre hub needs to route a handoff: the value of <c>handoff.initiate</c>, and the context
/// variables of an Omnichannel escalation.</summary>
internal sealed record HandoffContext(
    string ComplaintReference,
    string Reason,
    IReadOnlyList<string> Signals,
    string Category,
    string Priority,
    string Language,
    bool Vip,
    bool FrequentContacter)
{
    public static HandoffContext Of(Complaint complaint, HandoffRequest request) => new(
        complaint.Reference,
        request.Reason.ToString(),
        [.. request.Signals.Select(s => s.Kind.ToString()).Distinct()],
        complaint.Category.ToString(),
        complaint.Priority.ToString(),
        complaint.Language,
        complaint.IsVip,
        complaint.IsFrequentContacter);
}
