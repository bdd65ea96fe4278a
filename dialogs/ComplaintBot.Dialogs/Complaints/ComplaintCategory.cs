namespace ComplaintBot.Dialogs.Complaints;

/// <summary>What kind of problem the complaint is about; it decides the clarifying questions and the apology.</summary>
public enum ComplaintCategory
{
    Other,
    ProductFault,
    Delivery,
    Billing,
    ServiceOrStaff,
    AccountOrTechnical,
}
