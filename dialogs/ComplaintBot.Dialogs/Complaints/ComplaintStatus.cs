namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Where a complaint is in its life: open → escalated → in progress → resolved → closed, or reopened.</summary>
public enum ComplaintStatus
{
    Open,
    Escalated,
    InProgress,
    Resolved,
    Closed,
    Reopened,
}
