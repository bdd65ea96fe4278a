namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Reads a phrase in its clause and sentence: whether a word before or after it in the clause cancels it ("I don't want
/// a refund", "환불 말고", "返金ではなく", "不要退款", "the delivery was fine") and whether the sentence asks for something
/// ("I want", "주세요"). Cheap on purpose: a few characters either side, stopping at punctuation.
/// </summary>
internal sealed class ClauseReading
{
    private const int BeforeWindow = 20;
    private const int AfterWindow = 14;
    private static readonly char[] ClauseBreaks = ['.', ',', ';', ':', '!', '?', '-', '(', ')', '\n', '。', '、', '，', '；', '！', '？', '：'];
    private static readonly char[] SentenceBreaks = ['.', '!', '?', '\n', '。', '！', '？'];

    private readonly string _folded;
    private readonly IReadOnlyList<PhraseMatch> _negationsBefore;
    private readonly IReadOnlyList<PhraseMatch> _negationsAfter;
    private readonly IReadOnlyList<PhraseMatch> _wantCues;

    /// <param name="folded">The text, <see cref="PhraseMatcher.Fold"/>ed.</param>
    /// <param name="cancelBefore">Words that cancel a phrase shortly before it.</param>
    /// <param name="cancelAfter">Words that cancel a phrase right after it.</param>
    /// <param name="wantCues">Words that make a sentence a request.</param>
    public ClauseReading(string folded, PhraseMatcher cancelBefore, PhraseMatcher cancelAfter, PhraseMatcher wantCues)
    {
        _folded = folded;
        _negationsBefore = cancelBefore.Find(folded);
        _negationsAfter = cancelAfter.Find(folded);
        _wantCues = wantCues.Find(folded);
    }

    public bool IsNegated(PhraseMatch match)
    {
        var clauseStart = _folded.LastIndexOfAny(ClauseBreaks, Math.Max(match.Index - 1, 0)) + 1;
        var from = Math.Max(clauseStart, match.Index - BeforeWindow);
        var clauseEnd = _folded.IndexOfAny(ClauseBreaks, match.End);
        var to = Math.Min(clauseEnd < 0 ? _folded.Length : clauseEnd, match.End + AfterWindow);
        return _negationsBefore.Any(n => n.Index >= from && n.End <= match.Index)
            || _negationsAfter.Any(n => n.Index >= match.End && n.End <= to);
    }

    public bool SentenceAsks(PhraseMatch match)
    {
        var start = match.Index == 0 ? 0 : _folded.LastIndexOfAny(SentenceBreaks, match.Index - 1) + 1;
        var end = _folded.IndexOfAny(SentenceBreaks, match.End);
        end = end < 0 ? _folded.Length : end;
        return _wantCues.Any(c => c.Index >= start && c.End <= end);
    }
}
