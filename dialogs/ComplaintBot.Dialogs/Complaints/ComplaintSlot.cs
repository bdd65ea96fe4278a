namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Where the answer to a question is kept: a property of <see cref="ComplaintFacts"/>, or
/// <see cref="Customer.AccountId"/> for <see cref="AccountId"/>.
/// </summary>
public enum ComplaintSlot
{
    Product,
    When,
    AlreadyTried,
    Amount,
    Charge,
    OrderNumber,
    PromisedDate,
    WhereAndWhat,
    ErrorMessage,
    Example,
    AccountId,
}
