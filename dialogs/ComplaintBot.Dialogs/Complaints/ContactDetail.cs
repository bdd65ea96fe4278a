namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A contact detail the intake may need; the resource key of each question is <see cref="Name"/> → <c>AskName</c>,
/// <see cref="EmailOrPhone"/> → <c>AskContact</c>, <see cref="OrderOrAccount"/> → <c>AskOrderOrAccount</c>.
/// </summary>
public enum ContactDetail
{
    Name,
    EmailOrPhone,
    OrderOrAccount,
}
