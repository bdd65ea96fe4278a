using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>The figures of a set of check-ins, overall and broken down by complaint category and by resolving agent.</summary>
public sealed record SurveySummary(SurveyFigures Overall, IReadOnlyList<SurveyBreakdown> ByCategory, IReadOnlyList<SurveyBreakdown> ByAgent)
{
    /// <summary>The agent name of check-ins whose complaint has no resolving agent on record.</summary>
    public const string NoAgent = "(no agent)";

    public static SurveySummary Of(IReadOnlyCollection<CheckInResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        return new SurveySummary(
            SurveyFigures.Of(results),
            BreakDown(results, result => result.Category),
            BreakDown(results, result => result.AgentName ?? NoAgent));
    }

    private static List<SurveyBreakdown> BreakDown(IEnumerable<CheckInResult> results, Func<CheckInResult, string> key) =>
        [.. results
            .GroupBy(key, StringComparer.Ordinal)
            .OrderBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => new SurveyBreakdown(group.Key, SurveyFigures.Of(group)))];
}
