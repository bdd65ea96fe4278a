namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Reads which kind of problem a complaint is about from the customer's own words in en, ko, ja, zh or sl (mixed is
/// fine), using the phrase lists of <c>ComplaintLexicon.json</c>. An aspect the customer sets aside in its clause
/// ("it's not about the delivery", "the delivery was fine") does not count; "I can't log in" still does. Thread-safe.
/// </summary>
public sealed class ComplaintCategoryClassifier
{
    /// <summary>The best category must hold at least this share of all matched weight to be used without asking.</summary>
    public const double SureShare = 2.0 / 3.0;

    private readonly ComplaintLexicon _lexicon = ComplaintLexicon.Default;

    public CategoryGuess Classify(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ComplaintText.Normalize(text);
        var folded = PhraseMatcher.Fold(normalized);
        var reading = new ClauseReading(folded, _lexicon.CategoryDismissalsBefore, _lexicon.CategoryDismissalsAfter, _lexicon.WantCues);
        var counted = _lexicon.Categories.Find(folded).Where(m => !reading.IsNegated(m)).ToList();
        if (counted.Count == 0)
        {
            return new CategoryGuess(ComplaintCategory.Other, 0, IsUnsure: true, [], []);
        }

        var scores = counted
            .GroupBy(m => Enum.Parse<ComplaintCategory>(m.Key))
            .Select(g => (Category: g.Key, Score: g.Count(), First: g.Min(m => m.Index)))
            .OrderByDescending(s => s.Score)
            .ThenBy(s => s.First)
            .ToList();
        var best = scores[0];
        var share = (double)best.Score / counted.Count;
        var confidence = Math.Round(share * (best.Score >= 2 ? 1.0 : 0.8), 2);
        return new CategoryGuess(
            best.Category,
            confidence,
            IsUnsure: share < SureShare,
            [.. scores.Select(s => s.Category)],
            [.. counted.Select(m => normalized.Substring(m.Index, m.Length))]);
    }
}
