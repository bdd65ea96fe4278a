using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;

namespace ComplaintBot.Agents.Queue;

/// <summary>How a handoff ranks in the queue: urgent first, then VIP, then high priority, then the rest.</summary>
public static class HandoffPriority
{
    public const int Normal = 0;
    public const int High = 1;
    public const int Vip = 2;
    public const int Urgent = 3;

    public static int Of(Complaint complaint, EscalationReason reason)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        if (complaint.Priority == ComplaintPriority.Urgent || reason == EscalationReason.Urgent)
        {
            return Urgent;
        }

        if (complaint.IsVip)
        {
            return Vip;
        }

        return complaint.Priority == ComplaintPriority.High ? High : Normal;
    }
}
