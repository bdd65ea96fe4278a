namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// The priority of a complaint and why, in the order the rules found them; the reasons go to
/// <see cref="Complaint.PriorityReasons"/> (values from <see cref="PriorityReasons"/>).
/// </summary>
public sealed record PriorityDecision(ComplaintPriority Priority, IReadOnlyList<string> Reasons);
