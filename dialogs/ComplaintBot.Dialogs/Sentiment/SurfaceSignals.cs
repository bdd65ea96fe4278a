using System.Buffers;
using System.Globalization;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Upset signals read from how a message is written rather than from its words: shouting in capitals, runs of
/// "!!!" / "???", masked profanity ("f***", "sh!t"), a sarcastic trailing "... not", and angry emoji.
/// </summary>
internal static class SurfaceSignals
{
    private const int MaxEvidenceWords = 4;
    private static readonly SearchValues<char> MaskCharacters = SearchValues.Create("*!@$#013");
    private static readonly string[] AngryEmoji = ["😡", "🤬", "😠", "👿", "💢"];
    private static readonly SearchValues<char> AngryEmojiStarts = SearchValues.Create([.. AngryEmoji.Select(emoji => emoji[0]).Distinct()]);

    public static void Find(ReadOnlySpan<char> text, SentimentLexicon lexicon, List<UpsetSignal> signals)
    {
        FindShouting(text, signals);
        FindRepeatedPunctuation(text, signals);
        FindMaskedProfanity(text, lexicon, signals);
        FindTrailingNot(text, signals);
        if (!text.ContainsAny(AngryEmojiStarts))
        {
            return;
        }

        foreach (var emoji in AngryEmoji)
        {
            if (text.Contains(emoji, StringComparison.Ordinal))
            {
                signals.Add(new UpsetSignal(UpsetSignalKind.Anger, emoji));
            }
        }
    }

    private static void FindShouting(ReadOnlySpan<char> text, List<UpsetSignal> signals)
    {
        int words = 0, shouted = 0;
        var longShouted = false;
        List<string>? evidence = null;
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var isLetter = i < text.Length && text[i] < '\u0250' && char.IsLetter(text[i]);
            if (isLetter && start < 0)
            {
                start = i;
            }
            else if (!isLetter && start >= 0)
            {
                var word = text[start..i];
                start = -1;
                if (word.Length < 2)
                {
                    continue;
                }

                words++;
                if (IsAllUpper(word))
                {
                    shouted++;
                    longShouted |= word.Length >= 4;
                    evidence ??= new List<string>(MaxEvidenceWords);
                    if (evidence.Count < MaxEvidenceWords)
                    {
                        evidence.Add(word.ToString());
                    }
                }
            }
        }

        if (shouted >= 2 && longShouted && shouted * 2 >= words)
        {
            signals.Add(new UpsetSignal(UpsetSignalKind.Shouting, string.Join(' ', evidence!)));
        }
    }

    private static bool IsAllUpper(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
            {
                return false;
            }
        }

        return true;
    }

    private static void FindRepeatedPunctuation(ReadOnlySpan<char> text, List<UpsetSignal> signals)
    {
        var run = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is '!' or '?' or '！' or '？')
            {
                run++;
                continue;
            }

            if (run >= 3)
            {
                signals.Add(new UpsetSignal(UpsetSignalKind.RepeatedPunctuation, text.Slice(i - run, Math.Min(run, 6)).ToString()));
                return;
            }

            run = 0;
        }
    }

    private static void FindMaskedProfanity(ReadOnlySpan<char> text, SentimentLexicon lexicon, List<UpsetSignal> signals)
    {
        if (!text.ContainsAny(MaskCharacters))
        {
            return;
        }

        Span<char> unmasked = stackalloc char[32];
        foreach (var range in text.SplitAny(" \t\r\n"))
        {
            var token = text[range].TrimStart("\"'(").TrimEnd(".,;:!?\"')");
            if (token.Length is < 3 or > 32 || !char.IsLetter(token[0]) || token.IndexOfAny(MaskCharacters) < 0)
            {
                continue;
            }

            var masked = token.IndexOf('*') > 0;
            for (var i = 0; i < token.Length; i++)
            {
                unmasked[i] = char.ToLower(token[i], CultureInfo.InvariantCulture) switch
                {
                    '!' or '1' => 'i',
                    '@' => 'a',
                    '$' => 's',
                    '0' => 'o',
                    '3' => 'e',
                    var c => c,
                };
            }

            if (masked || lexicon.IsProfanity(unmasked[..token.Length]))
            {
                signals.Add(new UpsetSignal(UpsetSignalKind.Profanity, token.ToString()));
            }
        }
    }

    private static void FindTrailingNot(ReadOnlySpan<char> text, List<UpsetSignal> signals)
    {
        var trimmed = text.TrimEnd(" .!?\r\n");
        if (!trimmed.EndsWith("not", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        var before = trimmed[..^3].TrimEnd(' ');
        if (before.EndsWith("...", StringComparison.Ordinal) || before.EndsWith('…') || before.EndsWith(','))
        {
            signals.Add(new UpsetSignal(UpsetSignalKind.Sarcasm, "... not"));
        }
    }
}
