namespace ComplaintBot.CheckIns;

/// <summary>
/// What one check-in has found out so far, as the support team sees it.
/// </summary>
/// <param name="CheckInId">The check-in (one per resolution).</param>
/// <param name="ComplaintReference">The complaint it asks about.</param>
/// <param name="Category">The complaint's category name when it was resolved (<c>ComplaintCategory</c>).</param>
/// <param name="Language">The customer's language code (en, ko, ja, zh-Hans, sl).</param>
/// <param name="AgentName">The agent who resolved the complaint (from its history); null when none is recorded.</param>
/// <param name="Status">
/// Where the check-in is. <see cref="CheckInStatus.Sent"/> while any answer part may still come (so a result with
/// <paramref name="Solved"/> or <paramref name="Rating"/> set and status Sent is a partial answer),
/// <see cref="CheckInStatus.Answered"/> once both parts are in (or the answer window ended after a part came),
/// <see cref="CheckInStatus.Unanswered"/> when the window ended with no answer at all, and
/// <see cref="CheckInStatus.Undeliverable"/> when the channel refused it for good.
/// </param>
/// <param name="Solved">The customer's "is the problem solved?"; null until answered.</param>
/// <param name="Rating">The customer's satisfaction, 1 (not at all) to 5 (very); null until answered.</param>
/// <param name="Comment">The customer's optional free comment; null when none was given.</param>
/// <param name="ResolvedAt">When the complaint was resolved (the check-in's schedule time).</param>
/// <param name="SentAt">When the check-in reached the customer; null until then.</param>
/// <param name="AnsweredAt">When the latest answer part was recorded; null until one is.</param>
public sealed record CheckInResult(
    string CheckInId,
    string ComplaintReference,
    string Category,
    string Language,
    string? AgentName,
    CheckInStatus Status,
    bool? Solved,
    int? Rating,
    string? Comment,
    DateTimeOffset ResolvedAt,
    DateTimeOffset? SentAt,
    DateTimeOffset? AnsweredAt)
{
    /// <summary>True when the answer so far is bad: not solved, or a rating of 1–2 (the complaint is reopened).</summary>
    public bool IsNegative => Solved == false || Rating <= 2;
}
