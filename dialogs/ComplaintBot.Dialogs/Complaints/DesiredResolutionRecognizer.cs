namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Recognises the resolution a customer wants — refund, replacement, exchange, store credit, discount, repair, or an
/// explanation or apology — from typed text in en, ko, ja, zh or sl, so the bot does not ask for what was already
/// said. Negated mentions ("not a refund, a replacement", "환불 말고 교환") do not count. Stateless and thread-safe.
/// </summary>
public sealed class DesiredResolutionRecognizer
{
    private readonly ComplaintLexicon _lexicon = ComplaintLexicon.Default;

    /// <param name="text">The customer's message.</param>
    /// <param name="answeringQuestion">
    /// True for the answer to "What would make this right for you?": any mention counts. False for the story, where
    /// a mention counts only in a sentence that asks for something ("I want a refund", "환불해 주세요") — "I tried to
    /// fix it" is not a request for a repair.
    /// </param>
    public ResolutionRecognition Recognize(string text, bool answeringQuestion)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = ComplaintText.Normalize(text);
        var folded = PhraseMatcher.Fold(normalized);
        var reading = new ClauseReading(folded, _lexicon.NegationsBefore, _lexicon.NegationsAfter, _lexicon.WantCues);
        var asked = _lexicon.Resolutions.Find(folded)
            .Where(m => !reading.IsNegated(m) && (answeringQuestion || reading.SentenceAsks(m)))
            .ToList();
        if (asked.Count == 0)
        {
            return ResolutionRecognition.None;
        }

        var mentioned = asked.Select(m => Enum.Parse<DesiredResolution>(m.Key)).Distinct().ToList();
        return new ResolutionRecognition(
            mentioned.Count == 1 ? mentioned[0] : null,
            mentioned,
            [.. asked.Select(m => normalized.Substring(m.Index, m.Length))]);
    }
}
