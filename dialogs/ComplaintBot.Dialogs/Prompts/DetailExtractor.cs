using System.Net.Mail;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Finds an email address, a phone number or an order number inside what a customer typed (full-width characters
/// included), so that a detail already given is never asked again and a prompt accepts it inside a sentence.
/// </summary>
public static partial class DetailExtractor
{
    private static readonly TimeSpan PatternTimeout = TimeSpan.FromMilliseconds(250);

    /// <summary>The first valid email address in <paramref name="text"/>, or null.</summary>
    public static string? FindEmail(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match match in EmailCandidate().Matches(Compatible(text)))
        {
            if (MailAddress.TryCreate(match.Value, out var address) && address.Address == match.Value)
            {
                return match.Value;
            }
        }

        return null;
    }

    /// <summary>
    /// The first phone number in <paramref name="text"/> (7 to 15 digits, separators allowed; dates are not phone
    /// numbers), as "+" and digits when given internationally, else digits only; or null.
    /// </summary>
    public static string? FindPhoneNumber(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        foreach (Match match in PhoneCandidate().Matches(Compatible(text)))
        {
            if (DateLike().IsMatch(match.Value))
            {
                continue;
            }

            var digits = new string([.. match.Value.Where(char.IsAsciiDigit)]);
            if (digits.Length is >= 7 and <= 15)
            {
                return match.Value.StartsWith('+') ? "+" + digits : digits;
            }
        }

        return null;
    }

    /// <summary>The first match of the configured order-number <paramref name="pattern"/> (case-insensitive), upper-cased; or null.</summary>
    /// <exception cref="ArgumentException"><paramref name="pattern"/> is not a valid regular expression.</exception>
    public static string? FindOrderNumber(string? text, string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var match = Regex.Match(Compatible(text), pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, PatternTimeout);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    private static string Compatible(string text) => text.Normalize(NormalizationForm.FormKC);

    [GeneratedRegex(@"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.\p{L}{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailCandidate();

    [GeneratedRegex(@"(?<![A-Za-z0-9+\-_/#])\+?\(?[0-9][0-9\s().\-/]{5,}[0-9](?![A-Za-z0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCandidate();

    [GeneratedRegex(@"^[0-9]{1,4} ?[-./] ?[0-9]{1,2} ?[-./] ?[0-9]{1,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DateLike();
}
