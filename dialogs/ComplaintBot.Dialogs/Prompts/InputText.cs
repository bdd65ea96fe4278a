using System.Globalization;
using System.Text;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// How typed answers are compared: Unicode compatibility form (NFKC, so full-width "ｙｅｓ", "２" and half-width kana
/// match their usual forms), lower case, single spaces, no punctuation or symbols at either end.
/// </summary>
public static class InputText
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var folded = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Replace('\u2019', '\'');
        var words = folded.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return TrimNoise(string.Join(' ', words));
    }

    /// <summary>The normalized text up to its first space, punctuation mark or symbol ("yes" in "yes, that's right").</summary>
    public static string FirstSegment(string normalized)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        var index = 0;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (IsNoise(rune))
            {
                break;
            }

            index += rune.Utf16SequenceLength;
        }

        return normalized[..index];
    }

    /// <summary>
    /// Whether <paramref name="term"/> occurs in <paramref name="normalized"/> at <paramref name="index"/> as a whole
    /// word. Word edges only count for alphabetic scripts; Chinese, Japanese and Korean terms match inside a sentence.
    /// </summary>
    public static bool IsWholeWordAt(string normalized, string term, int index)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(term);
        var end = index + term.Length;
        var leftOk = index == 0 || !IsSpacedWordChar(term[0]) || !char.IsLetterOrDigit(normalized[index - 1]);
        var rightOk = end == normalized.Length || !IsSpacedWordChar(term[^1]) || !char.IsLetterOrDigit(normalized[end]);
        return leftOk && rightOk;
    }

    /// <summary>Where the longest whole-word occurrence of any of <paramref name="terms"/> is; null when none occurs.</summary>
    public static Range? LongestOccurrence(string normalized, IEnumerable<string> terms)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(terms);
        Range? longest = null;
        var longestLength = 0;
        foreach (var term in terms)
        {
            if (term.Length <= longestLength)
            {
                continue;
            }

            for (var index = normalized.IndexOf(term, StringComparison.Ordinal); index >= 0;
                index = normalized.IndexOf(term, index + 1, StringComparison.Ordinal))
            {
                if (IsWholeWordAt(normalized, term, index))
                {
                    (longest, longestLength) = (index..(index + term.Length), term.Length);
                    break;
                }
            }
        }

        return longest;
    }

    /// <summary>Letters and digits of scripts written with spaces between words (Latin, Greek, Cyrillic…).</summary>
    private static bool IsSpacedWordChar(char c) => char.IsLetterOrDigit(c) && c < '\u1100';

    private static bool IsNoise(Rune rune) => Rune.IsPunctuation(rune) || Rune.IsSymbol(rune) || Rune.IsWhiteSpace(rune)
        || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;

    private static string TrimNoise(string text)
    {
        var start = 0;
        while (start < text.Length && Rune.DecodeFromUtf16(text.AsSpan(start), out var rune, out var length) == System.Buffers.OperationStatus.Done
            && IsNoise(rune))
        {
            start += length;
        }

        var end = text.Length;
        while (end > start && Rune.DecodeLastFromUtf16(text.AsSpan(start, end - start), out var rune, out var length) == System.Buffers.OperationStatus.Done
            && IsNoise(rune))
        {
            end -= length;
        }

        return text[start..end];
    }
}
