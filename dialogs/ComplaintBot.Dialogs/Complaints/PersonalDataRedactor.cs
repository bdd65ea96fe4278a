using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Masks personal data in text bound for logs, traces or error messages: IBANs (in capitals, grouped by four or not,
/// checksum-verified) → "[iban]", card
/// numbers (13–19 digits, spaces or dashes allowed, Luhn-checked) → "[card]", email addresses → "[email]", phone
/// numbers and other runs of seven or more digits → "[phone]". Full-width characters are folded first, so
/// "０９０-１２３４-５６７８" is masked too. It errs on masking too much; dates in ISO form are kept.
/// </summary>
public static class PersonalDataRedactor
{
    public const string IbanMask = "[iban]";
    public const string CardMask = "[card]";
    public const string EmailMask = "[email]";
    public const string PhoneMask = "[phone]";

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly Regex Iban = new(
        @"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ \-]?[A-Z0-9]{4}){2,7}(?:[ \-]?[A-Z0-9]{1,3})?(?![A-Za-z0-9])",
        RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    private static readonly Regex Card = new(@"(?<![\d])\d(?:[ \-]?\d){12,18}(?![\d])", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    private static readonly Regex DigitRun = new(@"(?<![\d])\+?\(?\d(?:[ ().\-]{0,2}\d){6,}(?![\d])", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    private static readonly Regex IsoDate = new(@"^\d{4}-\d{2}-\d{2}$", RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);

    /// <summary>Longer text is cut here (and says how much was withheld), so masking stays fast and nothing slips through.</summary>
    public const int MaxTextLength = 10_000;

    /// <summary>
    /// The text with every IBAN, card number, email address and phone number masked; null stays null. Text longer than
    /// <see cref="MaxTextLength"/> is cut at a space, ending in "[… N chars withheld]".
    /// </summary>
    public static string? Redact(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        if (text.Length > MaxTextLength)
        {
            // Cut at a space, so no half of an address or number is left behind unrecognised.
            var cut = char.IsWhiteSpace(text[MaxTextLength]) ? MaxTextLength : text.LastIndexOfAny([' ', '\n', '\t'], MaxTextLength - 1) + 1;
            return Redact(text[..cut]) + $"[… {text.Length - cut} chars withheld]";
        }

        var redacted = ComplaintText.Normalize(text);
        redacted = Iban.Replace(redacted, m => IsIban(m.Value) ? IbanMask : m.Value);
        redacted = Card.Replace(redacted, m => PassesLuhn(m.Value) ? CardMask : m.Value);
        redacted = EmailMentionFinder.Pattern.Replace(redacted, EmailMask);
        return DigitRun.Replace(redacted, m => IsoDate.IsMatch(m.Value) ? m.Value : PhoneMask);
    }

    /// <summary>Whether the digits (spaces and dashes ignored) pass the Luhn check used by payment cards.</summary>
    public static bool PassesLuhn(string number)
    {
        ArgumentNullException.ThrowIfNull(number);
        var digits = number.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 13 or > 19 || number.Any(c => !char.IsAsciiDigit(c) && c is not ' ' and not '-'))
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }

    /// <summary>Whether the text is an IBAN with a valid ISO 13616 check (mod 97), spaces and dashes ignored.</summary>
    public static bool IsIban(string candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        var compact = new string([.. candidate.Where(char.IsAsciiLetterOrDigit)]).ToUpperInvariant();
        if (compact.Length is < 15 or > 34 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        var rearranged = compact[4..] + compact[..4];
        var numeric = string.Concat(rearranged.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture)));
        return BigInteger.Parse(numeric, CultureInfo.InvariantCulture) % 97 == 1;
    }
}
