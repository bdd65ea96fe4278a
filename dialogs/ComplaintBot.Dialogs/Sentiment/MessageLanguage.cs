using ComplaintBot.Dialogs.Localization;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Which of the five languages a message is written in: the script decides Korean (Hangul), Japanese (kana) and
/// Chinese (Han characters without kana); Latin text is Slovenian when it carries č/š/ž or more Slovenian than
/// English function words, English when the English words win, and otherwise the channel's locale decides.
/// </summary>
internal static class MessageLanguage
{
    public static string Detect(ReadOnlySpan<char> text, string? hint, IReadOnlyDictionary<string, SentimentLexicon> lexicons)
    {
        int hangul = 0, kana = 0, han = 0, slovenianLetters = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\u3130' and <= '\u318F':
                    hangul++;
                    break;
                case >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uFF66' and <= '\uFF9F':
                    kana++;
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF':
                    han++;
                    break;
                case 'č' or 'š' or 'ž' or 'Č' or 'Š' or 'Ž':
                    slovenianLetters++;
                    break;
            }
        }

        if (hangul > 0 && hangul >= kana)
        {
            return "ko";
        }

        if (kana > 0)
        {
            return "ja";
        }

        if (han > 0)
        {
            return "zh";
        }

        if (slovenianLetters > 0)
        {
            return "sl";
        }

        var (slovenian, english) = CountStopwords(text, lexicons["sl"], lexicons["en"]);
        if (slovenian != english)
        {
            return slovenian > english ? "sl" : "en";
        }

        return SupportedLanguages.FromLocale(hint) is { } culture && SupportedLanguages.Code(culture) == "sl" ? "sl" : "en";
    }

    private static (int Slovenian, int English) CountStopwords(ReadOnlySpan<char> text, SentimentLexicon slovenian, SentimentLexicon english)
    {
        int sl = 0, en = 0;
        Span<char> lower = stackalloc char[24];
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetter(text[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Length <= lower.Length)
                {
                    var folded = lower[..word.ToLowerInvariant(lower)];
                    sl += slovenian.IsStopword(folded) ? 1 : 0;
                    en += english.IsStopword(folded) ? 1 : 0;
                }
            }
        }

        return (sl, en);
    }
}
