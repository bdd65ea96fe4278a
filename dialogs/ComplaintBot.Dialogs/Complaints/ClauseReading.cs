namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Reads a phrase in its clause and sentence: whether a word before or after it in the clause cancels it ("I don't want
/// a refund", "환불 말고", "返金ではなく", "不要退款", "the delivery was fine") and whether the sentence asks for something
/// ("I want", "주세요"). Cheap on purpose: a few characters either side, stopping at punctuation; linear in the text.
/// </summary>
internal sealed class ClauseReading
{
    private const int BeforeWindow = 20;
    private const int AfterWindow = 14;
    private static readonly char[] ClauseBreaks = ['.', ',', ';', ':', '!', '?', '-', '(', ')', '\n', '。', '、', '，', '；', '！', '？', '：'];
    private static readonly char[] SentenceBreaks = ['.', '!', '?', '\n', '。', '！', '？'];

    private readonly string _folded;

    /// <summary>For each position, the end of the shortest cancelling word starting there before a phrase (or int.MaxValue).</summary>
    private readonly int[] _cancelBeforeEnd;

    /// <summary>Likewise for cancelling words after a phrase.</summary>
    private readonly int[] _cancelAfterEnd;

    /// <summary>For each position, how many request words start before it.</summary>
    private readonly int[] _wantCuesBefore;

    /// <param name="folded">The text, <see cref="PhraseMatcher.Fold"/>ed.</param>
    /// <param name="cancelBefore">Words that cancel a phrase shortly before it.</param>
    /// <param name="cancelAfter">Words that cancel a phrase right after it.</param>
    /// <param name="wantCues">Words that make a sentence a request.</param>
    public ClauseReading(string folded, PhraseMatcher cancelBefore, PhraseMatcher cancelAfter, PhraseMatcher wantCues)
    {
        _folded = folded;
        _cancelBeforeEnd = EndsByStart(folded.Length, cancelBefore.Find(folded));
        _cancelAfterEnd = EndsByStart(folded.Length, cancelAfter.Find(folded));
        _wantCuesBefore = new int[folded.Length + 1];
        var cueStarts = wantCues.Find(folded).Select(c => c.Index).ToHashSet();
        for (var i = 0; i < folded.Length; i++)
        {
            _wantCuesBefore[i + 1] = _wantCuesBefore[i] + (cueStarts.Contains(i) ? 1 : 0);
        }
    }

    public bool IsNegated(PhraseMatch match)
    {
        var windowStart = Math.Max(0, match.Index - BeforeWindow);
        var breakBefore = match.Index == 0 ? -1 : _folded.LastIndexOfAny(ClauseBreaks, match.Index - 1, match.Index - windowStart);
        for (var p = Math.Max(windowStart, breakBefore + 1); p < match.Index; p++)
        {
            if (_cancelBeforeEnd[p] <= match.Index)
            {
                return true;
            }
        }

        var windowEnd = Math.Min(_folded.Length, match.End + AfterWindow);
        var breakAfter = _folded.IndexOfAny(ClauseBreaks, match.End, windowEnd - match.End);
        var to = breakAfter < 0 ? windowEnd : breakAfter;
        for (var p = match.End; p < to; p++)
        {
            if (_cancelAfterEnd[p] <= to)
            {
                return true;
            }
        }

        return false;
    }

    public bool SentenceAsks(PhraseMatch match)
    {
        var start = match.Index == 0 ? 0 : _folded.LastIndexOfAny(SentenceBreaks, match.Index - 1) + 1;
        var end = _folded.IndexOfAny(SentenceBreaks, match.End);
        end = end < 0 ? _folded.Length : end;
        return _wantCuesBefore[end] - _wantCuesBefore[start] > 0;
    }

    private static int[] EndsByStart(int length, IReadOnlyList<PhraseMatch> matches)
    {
        var ends = new int[length];
        Array.Fill(ends, int.MaxValue);
        foreach (var match in matches)
        {
            ends[match.Index] = Math.Min(ends[match.Index], match.End);
        }

        return ends;
    }
}
