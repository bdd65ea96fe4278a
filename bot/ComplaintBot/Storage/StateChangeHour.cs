namespace ComplaintBot.Storage;

/// <summary>
/// What a turn-state document's <c>updated_at</c> holds: the start of the hour it last changed in, not the instant.
/// The column is there for the retention sweep (a period of at least a day, swept every few hours), which loses
/// nothing by it, while a conversation's turns within the hour leave the column and its index alone: SQLite rewrites
/// an index whenever a statement sets its column, and PostgreSQL updates a row in place only when no indexed value
/// changes.
/// </summary>
public static class StateChangeHour
{
    public static DateTimeOffset Of(DateTimeOffset instant) =>
        new(instant.UtcTicks - (instant.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
}
