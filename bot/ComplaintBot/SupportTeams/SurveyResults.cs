using ComplaintBot.Agents.Console;
using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>The survey results for the support team's API, export and page.</summary>
public sealed class SurveyResults(ICheckInStore checkIns, TimeProvider time)
{
    /// <summary>The range when none is given: the 30 days up to now.</summary>
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(30);

    /// <summary>The longest range one request may ask for.</summary>
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(366);

    /// <summary>
    /// The check-ins of the complaints resolved in [<paramref name="from"/>, <paramref name="to"/>) (default: the last
    /// 30 days), of one category and one resolving agent when given (<see cref="SurveySummary.NoAgent"/> for none).
    /// </summary>
    /// <exception cref="DeskRefusedException">The range is empty or longer than <see cref="MaxRange"/>.</exception>
    public async Task<SurveyReport> QueryAsync(DateTimeOffset? from, DateTimeOffset? to, string? category, string? agent, CancellationToken cancellationToken)
    {
        var end = to ?? time.GetUtcNow();
        var start = from ?? end - DefaultRange;
        if (start >= end)
        {
            throw new DeskRefusedException(DeskRefusal.Invalid, "'from' must be before 'to'.");
        }

        if (end - start > MaxRange)
        {
            throw new DeskRefusedException(DeskRefusal.Invalid, $"Ask for at most {MaxRange.TotalDays:0} days at a time.");
        }

        category = string.IsNullOrWhiteSpace(category) ? null : category.Trim();
        agent = string.IsNullOrWhiteSpace(agent) ? null : agent.Trim();
        var results = (await checkIns.ListResultsAsync(start, end, cancellationToken))
            .Where(result => category is null || string.Equals(result.Category, category, StringComparison.OrdinalIgnoreCase))
            .Where(result => agent is null || string.Equals(result.AgentName ?? SurveySummary.NoAgent, agent, StringComparison.OrdinalIgnoreCase))
            .ToList();
        return new SurveyReport(start, end, category, agent, SurveySummary.Of(results), results);
    }
}
