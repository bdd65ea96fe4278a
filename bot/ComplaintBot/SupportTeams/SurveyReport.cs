using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>The check-ins whose complaint was resolved in [<paramref name="From"/>, <paramref name="To"/>), filtered, with their figures.</summary>
public sealed record SurveyReport(DateTimeOffset From, DateTimeOffset To, string? Category, string? Agent, SurveySummary Summary, IReadOnlyList<CheckInResult> Results);
