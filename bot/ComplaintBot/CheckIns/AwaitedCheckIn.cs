namespace ComplaintBot.CheckIns;

/// <summary>A delivered check-in whose answer has not come yet.</summary>
public sealed record AwaitedCheckIn(string Id, string ComplaintReference);
