namespace ComplaintBot.CheckIns;

/// <summary>A check-in delivered at <paramref name="SentAt"/>: its one reminder falls due at <paramref name="ReminderDueAt"/>, its answer window ends at <paramref name="AnswerEndsAt"/>.</summary>
public sealed record SentCheckIn(string Id, DateTimeOffset SentAt, DateTimeOffset ReminderDueAt, DateTimeOffset AnswerEndsAt);
