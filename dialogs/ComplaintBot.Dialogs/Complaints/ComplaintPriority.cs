namespace ComplaintBot.Dialogs.Complaints;

/// <summary>How soon a person must act; each priority has its own response target.</summary>
public enum ComplaintPriority
{
    Normal,
    High,
    Urgent,
}
