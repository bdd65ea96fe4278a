namespace ComplaintBot.CheckIns;

/// <summary>
/// A delivered check-in that may still take an answer: either part of it (<paramref name="Solved"/>,
/// <paramref name="Rating"/>) while <paramref name="Status"/> is <see cref="CheckInStatus.Sent"/>, or the optional
/// comment once it was asked for (<paramref name="AwaitsComment"/>).
/// </summary>
public sealed record AwaitedCheckIn(string Id, string ComplaintReference, CheckInStatus Status, bool? Solved, int? Rating, bool AwaitsComment)
{
    /// <summary>True while "is it solved?" or the rating is still missing.</summary>
    public bool AwaitsAnswer => Status == CheckInStatus.Sent;
}
