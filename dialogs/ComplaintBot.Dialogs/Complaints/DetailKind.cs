namespace ComplaintBot.Dialogs.Complaints;

/// <summary>A kind of particular the detail extractor finds in a customer's text.</summary>
public enum DetailKind
{
    OrderNumber,
    Date,
    Amount,
    Email,
    Phone,
    Product,
}
