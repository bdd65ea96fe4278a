using System.Text;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds listed phrases in text the way <c>ComplaintLexicon.json</c> describes: Latin-script phrases as whole words
/// (a trailing "*" makes a stem), ignoring case and diacritics; Chinese, Japanese and Korean phrases anywhere; the
/// longest phrase wins where two overlap. Works on <see cref="Fold"/>ed text, whose characters line up one to one with
/// the normalised text.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly (string Phrase, bool Stem, bool Latin, string Key)[] _phrases;

    public PhraseMatcher(IEnumerable<(string Phrase, string Key)> phrases)
    {
        _phrases = [.. phrases
            .Select(p => (Text: Fold(p.Phrase.Trim()), p.Key))
            .Where(p => p.Text.Length > 0)
            .Select(p => (
                Phrase: p.Text.TrimEnd('*'),
                Stem: p.Text.EndsWith('*'),
                Latin: IsLatinOrDigit(p.Text[0]),
                p.Key))
            .OrderByDescending(p => p.Phrase.Length)];
    }

    /// <summary>Lower case, Latin letters without diacritics ("Včeraj" → "vceraj"); one character for each character.</summary>
    public static string Fold(string normalized)
    {
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            var lower = char.ToLowerInvariant(c);
            builder.Append(lower is > '\u007F' and <= '\u024F' ? lower.ToString().Normalize(NormalizationForm.FormD)[0] : lower);
        }

        return builder.ToString();
    }

    /// <summary>Every phrase found in <paramref name="folded"/>, without overlaps, in text order.</summary>
    public IReadOnlyList<PhraseMatch> Find(string folded)
    {
        var found = new List<PhraseMatch>();
        var taken = new bool[folded.Length];
        foreach (var (phrase, stem, latin, key) in _phrases)
        {
            for (var at = folded.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var end = at + phrase.Length;
                var whole = !latin || ((at == 0 || !IsLatinOrDigit(folded[at - 1])) && (stem || end == folded.Length || !IsLatinOrDigit(folded[end])));
                var length = stem ? WordEnd(folded, end) - at : phrase.Length;
                if (whole && !taken.AsSpan(at, length).Contains(true))
                {
                    taken.AsSpan(at, length).Fill(true);
                    found.Add(new PhraseMatch(key, at, length));
                }
            }
        }

        return [.. found.OrderBy(f => f.Index)];
    }

    private static int WordEnd(string text, int from)
    {
        while (from < text.Length && IsLatinOrDigit(text[from]))
        {
            from++;
        }

        return from;
    }

    private static bool IsLatinOrDigit(char c)
        => char.IsAsciiLetterOrDigit(c) || (c is >= '\u00C0' and <= '\u024F' && char.IsLetter(c));
}
