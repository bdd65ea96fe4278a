namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A contact detail still to ask for, the <see cref="Resources.BotMessages"/> key of its question, and what the
/// detail extractor should expect in the answer (an email is always recognised; null: keep the answer as written).
/// </summary>
public sealed record ContactQuestion(ContactDetail Detail, string ResourceKey, DetailKind? Expecting);
