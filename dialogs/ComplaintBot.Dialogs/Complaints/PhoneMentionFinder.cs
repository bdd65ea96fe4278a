using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds phone numbers, international ("+386 41 123 456", "+82-10-1234-5678") and local ("010-1234-5678",
/// "090-1234-5678", "041 123 456", "13800138000", "(555) 123-4567"). A bare run of digits counts only after a phone cue
/// ("call me on", "전화", "電話", "电话", "telefon") or when the customer was asked for a phone number, so order numbers
/// and amounts are not taken for phones.
/// </summary>
internal static partial class PhoneMentionFinder
{
    [GeneratedRegex(@"(?<![A-Za-z0-9+\-./,])(?<phone>\+?\(?\d[\d ().\-]{5,22}\d)(?![A-Za-z0-9\-])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Candidate { get; }

    /// <summary>How far before a number its cue may stand.</summary>
    private const int CueReach = 40;

    [GeneratedRegex(@"(?:phone|mobile|cell|tel\.?|call|reach\s+me|number|전화|연락처|휴대폰|핸드폰|번호|電話|携帯|连络|电话|手机|联系|号码|telefon|gsm|mobitel|pokli[čc]ite|[šs]tevilka)\D{0,20}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Cue { get; }

    [GeneratedRegex(@"^\(?\d{3}\)?[ .\-]\d{3}[ .\-]\d{4}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NorthAmerican { get; }

    [GeneratedRegex(@"^1[3-9]\d{9}$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChineseMobile { get; }

    /// <param name="text">The normalised text.</param>
    /// <param name="expected">The customer was just asked for a phone number (or a way to reach them).</param>
    public static IEnumerable<ExtractedDetail> Find(string text, bool expected)
    {
        foreach (Match match in Candidate.Matches(text))
        {
            var written = match.Groups["phone"].Value;
            var digits = new string([.. written.Where(char.IsAsciiDigit)]);
            if (digits.Length is < 7 or > 15 || HasDoubleSeparator(written))
            {
                continue;
            }

            var international = written.StartsWith('+');
            var looksLikePhone = international
                || ((written.StartsWith('0') || written.StartsWith('(')) && digits.Length >= 8)
                || NorthAmerican.IsMatch(written)
                || ChineseMobile.IsMatch(written)
                || expected
                || Cue.IsMatch(text.AsSpan(Math.Max(0, match.Index - CueReach), Math.Min(match.Index, CueReach)));
            if (looksLikePhone)
            {
                var value = (international ? "+" : string.Empty) + digits;
                yield return new ExtractedDetail(DetailKind.Phone, value, written, match.Index);
            }
        }
    }

    private static bool HasDoubleSeparator(string written)
    {
        for (var i = 1; i < written.Length; i++)
        {
            if (!char.IsAsciiDigit(written[i]) && !char.IsAsciiDigit(written[i - 1]) && !(written[i - 1] == ')' && written[i] == ' '))
            {
                return true;
            }
        }

        return false;
    }
}
