namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A clarifying question the intake may ask; each has the resource key "Ask" + its name in
/// <see cref="Resources.BotMessages"/> (e.g. <see cref="Product"/> → <c>AskProduct</c>).
/// </summary>
public enum ClarifyingQuestion
{
    Product,
    WhenStarted,
    AlreadyTried,
    Amount,
    ChargeDate,
    WhichCharge,
    OrderNumber,
    PromisedDate,
    WhenWhere,
    WhatHappened,
    Account,
    ErrorMessage,
    Example,
}
