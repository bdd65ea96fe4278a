namespace ComplaintBot.CheckIns;

/// <summary>A due check-in (or its reminder) this instance holds the lease on; <paramref name="Attempts"/> counts this one.</summary>
public sealed record ClaimedCheckIn(string Id, string ComplaintReference, int Attempts);
