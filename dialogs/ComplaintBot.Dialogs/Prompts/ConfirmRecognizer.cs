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

    private static readonly string[] YesTerms = [.. Yes.Select(InputText.Normalize)];
    private static readonly string[] NoTerms = [.. No.Select(InputText.Normalize)];
    private static readonly string[] UnsureTerms = [.. Unsure.Select(InputText.Normalize)];

    /// <summary>True for yes, false for no, null when the answer is neither or unclear.</summary>
    /// <param name="extraYes">More words for yes, such as the button label of the turn's language.</param>
    /// <param name="extraNo">More words for no.</param>
    public static bool? Recognize(string? text, string? extraYes = null, string? extraNo = null)
    {
        var input = InputText.Normalize(text);
        if (input.Length == 0 || StartsWithAny(input, UnsureTerms) > 0)
        {
            return null;
        }

        var yes = Terms(YesTerms, extraYes);
        var no = Terms(NoTerms, extraNo);
        if (yes.Contains(input) || no.Contains(input))
        {
            return yes.Contains(input);
        }

        var first = InputText.FirstSegment(input);
        if (yes.Contains(first) || no.Contains(first))
        {
            return yes.Contains(first);
        }

        // Only terms of two or more characters may start a longer answer: "对不起" (sorry) is not "对" (yes).
        var yesLength = StartsWithAny(input, yes.Where(term => term.Length >= 2));
        var noLength = StartsWithAny(input, no.Where(term => term.Length >= 2));
        return yesLength == noLength ? null : yesLength > noLength;
    }

    private static HashSet<string> Terms(string[] terms, string? extra)
    {
        var set = new HashSet<string>(terms, StringComparer.Ordinal);
        if (InputText.Normalize(extra) is { Length: > 0 } label)
        {
            set.Add(label);
        }

        return set;
    }

    /// <summary>The length of the longest term <paramref name="input"/> starts with as a whole word; 0 when none.</summary>
    private static int StartsWithAny(string input, IEnumerable<string> terms) => terms
        .Where(term => term.Length > 0 && input.StartsWith(term, StringComparison.Ordinal) && InputText.IsWholeWordAt(input, term, 0))
        .Select(term => term.Length)
        .DefaultIfEmpty(0)
        .Max();
}
