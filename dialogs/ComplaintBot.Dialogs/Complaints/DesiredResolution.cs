namespace ComplaintBot.Dialogs.Complaints;

/// <summary>What the customer said would make it right.</summary>
public enum DesiredResolution
{
    Other,
    Refund,
    Replacement,
    Exchange,
    StoreCredit,
    Discount,
    Repair,
    ExplanationOrApology,
}
