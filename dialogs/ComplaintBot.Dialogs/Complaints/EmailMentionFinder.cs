using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Finds email addresses, also when a Korean or Japanese particle follows directly ("ana@example.com로").</summary>
internal static partial class EmailMentionFinder
{
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,24}(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    public static partial Regex Pattern { get; }

    /// <param name="text">The normalised text.</param>
    public static IEnumerable<ExtractedDetail> Find(string text)
    {
        foreach (Match match in Pattern.Matches(text))
        {
            yield return new ExtractedDetail(DetailKind.Email, match.Value.ToLowerInvariant(), match.Value, match.Index);
        }
    }
}
