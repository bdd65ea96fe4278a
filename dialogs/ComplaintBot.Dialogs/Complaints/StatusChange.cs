namespace ComplaintBot.Dialogs.Complaints;

/// <summary>One step in a complaint's history: who moved it to which status, when and why.</summary>
public sealed record StatusChange(DateTimeOffset At, ComplaintStatus Status, string Actor, string? Note = null);
