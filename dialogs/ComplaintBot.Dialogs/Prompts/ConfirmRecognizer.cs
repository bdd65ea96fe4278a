using System.Collections.Frozen;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Understands a typed yes or no in English, Korean, Japanese, Chinese and Slovenian, whatever the conversation's
/// language: the whole answer ("nope", "맞아요", "違います"), its first word ("yes, that's right", "네, 맞아요"), or a
/// longer term it starts with ("いいえ違います", "好的谢谢"). "Don't know" answers ("not sure", "ne vem") are neither.
/// </summary>
public static class ConfirmRecognizer
{
    private static readonly string[] Yes =
    [
        // English
        "yes", "y", "yeah", "yea", "yep", "yup", "sure", "ok", "okay", "correct", "right", "that's right", "that is right",
        "absolutely", "of course", "exactly", "indeed", "true",

        // Korean
        "네", "예", "응", "넵", "넹", "맞아요", "맞아", "맞습니다", "맞네요", "그래요", "그렇습니다", "좋아요",

        // Japanese
        "はい", "ええ", "うん", "そうです", "そう", "その通りです", "その通り", "そのとおりです", "合っています", "合ってます", "正しいです",

        // Chinese (Simplified)
        "是", "是的", "对", "对的", "好", "好的", "没错", "正确", "嗯", "可以", "行", "确定",

        // Slovenian (also typed without diacritics)
        "da", "ja", "seveda", "drži", "drzi", "tako je", "vsekakor", "v redu", "pravilno", "točno", "tocno",
    ];

    private static readonly string[] No =
    [
        "no", "n", "nope", "nah", "not really", "incorrect", "wrong", "false", "no thanks",
        "아니요", "아뇨", "아니", "아니오", "아니에요", "아닙니다", "아니야", "틀려요", "틀렸어요", "틀립니다",
        "いいえ", "いえ", "いや", "ううん", "違います", "ちがいます", "違う", "ちがう", "間違っています",
        "不是", "不是的", "不对", "否", "不", "不要", "错", "错了", "不行", "没有",
        "ne", "nak", "ni res", "ne drži", "ne drzi", "napačno", "napacno", "nikakor",
    ];

    private static readonly string[] Unsure =
    [
        "not sure", "no idea", "don't know", "dont know", "i don't know", "i dont know",
        "모르겠", "잘 모르", "わからない", "分からない", "わかりません", "分かりません", "不知道", "不确定", "ne vem", "nisem prepričan", "nisem prepričana",
    ];

    private static readonly FrozenSet<string> YesTerms = Yes.Select(InputText.Normalize).ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> NoTerms = No.Select(InputText.Normalize).ToFrozenSet(StringComparer.Ordinal);
    private static readonly string[] UnsureTerms = [.. Unsure.Select(InputText.Normalize)];

    /// <summary>True for yes, false for no, null when the answer is neither or unclear.</summary>
    /// <param name="extraYes">More words for yes, such as the button label of the turn's language.</param>
    /// <param name="extraNo">More words for no.</param>
    public static bool? Recognize(string? text, string? extraYes = null, string? extraNo = null)
    {
        var input = InputText.Normalize(text);
        if (input.Length == 0 || LongestLeadingTerm(input, UnsureTerms, extra: "", minimumLength: 1) > 0)
        {
            return null;
        }

        var yesLabel = InputText.Normalize(extraYes);
        var noLabel = InputText.Normalize(extraNo);
        if (Meaning(input, yesLabel, noLabel) is { } whole)
        {
            return whole;
        }

        if (Meaning(InputText.FirstSegment(input), yesLabel, noLabel) is { } first)
        {
            return first;
        }

        // Only terms of two or more characters may start a longer answer: "对不起" (sorry) is not "对" (yes).
        var yesLength = LongestLeadingTerm(input, YesTerms, yesLabel, minimumLength: 2);
        var noLength = LongestLeadingTerm(input, NoTerms, noLabel, minimumLength: 2);
        return yesLength == noLength ? null : yesLength > noLength;
    }

    /// <summary>True when <paramref name="words"/> is a yes term, false when a no term, otherwise null.</summary>
    private static bool? Meaning(string words, string yesLabel, string noLabel) =>
        words.Length == 0 ? null
        : YesTerms.Contains(words) || words == yesLabel ? true
        : NoTerms.Contains(words) || words == noLabel ? false
        : null;

    /// <summary>
    /// The length of the longest of <paramref name="terms"/> and <paramref name="extra"/> (each at least
    /// <paramref name="minimumLength"/> long) that <paramref name="input"/> starts with as a whole word; 0 when none.
    /// </summary>
    private static int LongestLeadingTerm(string input, IEnumerable<string> terms, string extra, int minimumLength)
    {
        var longest = StartsWithWord(input, extra, minimumLength) ? extra.Length : 0;
        foreach (var term in terms)
        {
            if (term.Length > longest && StartsWithWord(input, term, minimumLength))
            {
                longest = term.Length;
            }
        }

        return longest;
    }

    private static bool StartsWithWord(string input, string term, int minimumLength) =>
        term.Length >= minimumLength && input.StartsWith(term, StringComparison.Ordinal) && InputText.IsWholeWordAt(input, term, 0);
}
