using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds a product name with a model code where a clear cue names it: "my Acme X200 blender", "the WH-1000XM4",
/// "model X200", "모델 X200", "型番はX200", "型号X200", "moj Acme X200 mešalnik". Without a cue, or without a model code
/// (letters and digits together), nothing is taken: a guess would be worse than asking.
/// </summary>
internal static partial class ProductMentionFinder
{
    [GeneratedRegex(@"(?:\b(?:my|our|the|this|that|a|an|model|type|moj[aeiou]?|mojega|na[šs]|izdelek|tip)\b|모델명?|제품|기종|型番|モデル|製品|機種|私の|型号|产品|我的|我买的)[\s:]*(?:[은는이가을를はがの是为]\s*)?(?<tokens>[A-Za-z0-9][A-Za-z0-9+\-]*(?: [A-Za-z0-9][A-Za-z0-9+\-]*){0,3})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CueAndTokens { get; }

    [GeneratedRegex(@"[A-Za-z0-9][A-Za-z0-9+\-]*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token { get; }

    [GeneratedRegex(@"\G\s(?<word>\p{L}+)(?!\p{L})", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextWord { get; }

    [GeneratedRegex(@"^\d+(?:st|nd|rd|th)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Ordinal { get; }

    /// <param name="text">The normalised text, with details already taken masked out.</param>
    /// <param name="productNouns">Lower-case nouns that may end a product name ("blender", "mešalnik").</param>
    public static IEnumerable<ExtractedDetail> Find(string text, IReadOnlySet<string> productNouns)
    {
        foreach (Match match in CueAndTokens.Matches(text))
        {
            var group = match.Groups["tokens"];
            var tokens = Token.Matches(text, group.Index).TakeWhile(t => t.Index < group.Index + group.Length).ToList();
            var taken = tokens.TakeWhile(t => IsNamePart(t.Value)).ToList();
            if (!taken.Any(t => IsModelCode(t.Value)) || taken.All(t => t.Value.All(char.IsAsciiDigit)))
            {
                continue;
            }

            var end = taken[^1].Index + taken[^1].Length;
            var next = NextWord.Match(text, end);
            if (next.Success && productNouns.Contains(next.Groups["word"].Value.ToLowerInvariant()))
            {
                end = next.Index + next.Length;
            }

            var start = taken[0].Index;
            var evidence = text[start..end];
            yield return new ExtractedDetail(DetailKind.Product, evidence, evidence, start);
        }
    }

    /// <summary>A brand word ("Acme", "iPhone"), a model code ("X200") or a number following a name ("15").</summary>
    private static bool IsNamePart(string token)
        => !Ordinal.IsMatch(token)
            && (char.IsAsciiLetterUpper(token[0])
                || (token.Length > 1 && char.IsAsciiLetterLower(token[0]) && char.IsAsciiLetterUpper(token[1]))
                || token.Any(char.IsAsciiDigit));

    private static bool IsModelCode(string token)
        => !Ordinal.IsMatch(token) && token.Any(char.IsAsciiDigit) && (token.Any(char.IsAsciiLetter) || token.Length <= 4);
}
