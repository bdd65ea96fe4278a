namespace ComplaintBot.Dialogs.Complaints;

/// <summary>How the customer will hear back.</summary>
public enum ContactRoute
{
    Chat,
    Email,
    Phone,
}
