using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Agents.Console;

/// <summary>A complaint as a line of a list.</summary>
public sealed record ComplaintSummary(
    string Reference,
    ComplaintStatus Status,
    ComplaintCategory Category,
    ComplaintPriority Priority,
    string Language,
    string? CustomerName,
    bool IsVip,
    bool IsFrequentContacter,
    DateTimeOffset CreatedAt,
    DateTimeOffset Deadline,
    DateTimeOffset? ResolvedAt)
{
    public static ComplaintSummary Of(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return new ComplaintSummary(
            complaint.Reference,
            complaint.Status,
            complaint.Category,
            complaint.Priority,
            complaint.Language,
            complaint.Customer.Name,
            complaint.IsVip,
            complaint.IsFrequentContacter,
            complaint.CreatedAt,
            complaint.Deadline,
            complaint.ResolvedAt);
    }
}
