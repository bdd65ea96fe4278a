using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The satisfaction figures of a set of check-ins. Rates are shares from 0 to 1, null when there is nothing to divide by:
/// response rate = answered (any part) / delivered; CSAT = ratings of 4–5 / ratings; solved rate = "solved" / answers to
/// "is it solved?".
/// </summary>
/// <param name="CheckIns">Every check-in in the set, whatever its status.</param>
/// <param name="Delivered">Those that reached the customer.</param>
/// <param name="Responded">Those with at least one answer part (solved, rating or comment).</param>
/// <param name="Rated">Those with a 1–5 rating.</param>
/// <param name="Satisfied">Those rated 4 or 5.</param>
/// <param name="SolvedAnswers">Those with an answer to "is the problem solved?".</param>
/// <param name="Solved">Those answered "solved".</param>
/// <param name="Negative">Those not solved or rated 1–2.</param>
public sealed record SurveyFigures(int CheckIns, int Delivered, int Responded, int Rated, int Satisfied, int SolvedAnswers, int Solved, int Negative)
{
    public double? ResponseRate => Ratio(Responded, Delivered);

    public double? Csat => Ratio(Satisfied, Rated);

    public double? SolvedRate => Ratio(Solved, SolvedAnswers);

    public static SurveyFigures Of(IEnumerable<CheckInResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        int checkIns = 0, delivered = 0, responded = 0, rated = 0, satisfied = 0, solvedAnswers = 0, solved = 0, negative = 0;
        foreach (var result in results)
        {
            checkIns++;
            delivered += result.SentAt is null ? 0 : 1;
            responded += result.Solved is not null || result.Rating is not null || result.Comment is not null ? 1 : 0;
            rated += result.Rating is null ? 0 : 1;
            satisfied += result.Rating >= 4 ? 1 : 0;
            solvedAnswers += result.Solved is null ? 0 : 1;
            solved += result.Solved == true ? 1 : 0;
            negative += result.IsNegative ? 1 : 0;
        }

        return new SurveyFigures(checkIns, delivered, responded, rated, satisfied, solvedAnswers, solved, negative);
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
