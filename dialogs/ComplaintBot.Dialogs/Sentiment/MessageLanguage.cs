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

        var hinted = SupportedLanguages.FromLocale(hint) is { } culture ? SupportedLanguages.Code(culture) : null;
        if (slovenianLetters > 0)
        {
            return "sl";
        }

        var slovenian = CountStopwords(text, lexicons["sl"]);
        var english = CountStopwords(text, lexicons["en"]);
        if (slovenian != english)
        {
            return slovenian > english ? "sl" : "en";
        }

        return hinted is "sl" ? "sl" : "en";
    }

    private static int CountStopwords(ReadOnlySpan<char> text, SentimentLexicon lexicon)
    {
        var count = 0;
        Span<char> lower = stackalloc char[24];
        foreach (var range in text.SplitAny(" \t\r\n,.!?;:()\"'"))
        {
            var word = text[range];
            if (word.Length is > 0 and <= 24)
            {
                var length = word.ToLowerInvariant(lower);
                if (length > 0 && lexicon.IsStopword(lower[..length]))
                {
                    count++;
                }
            }
        }

        return count;
    }
}
