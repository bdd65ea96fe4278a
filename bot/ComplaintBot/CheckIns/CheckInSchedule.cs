namespace ComplaintBot.CheckIns;

/// <summary>
/// A check-in to schedule: the resolution it asks about, copied from the complaint at resolution time so results read
/// without the complaint, and when it may be sent (<paramref name="DueAt"/> up to <paramref name="WindowEndsAt"/>).
/// </summary>
public sealed record CheckInSchedule(
    string Id,
    string ComplaintReference,
    string ConversationKey,
    string Category,
    string Language,
    string? AgentName,
    DateTimeOffset ResolvedAt,
    DateTimeOffset DueAt,
    DateTimeOffset WindowEndsAt);
