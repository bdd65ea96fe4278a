using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintBot.CheckIns;

/// <summary>
/// Understands a typed 1–5 satisfaction rating: a digit in any script ("4", "４", "٤"), alone or with a word for stars
/// or points in the five languages ("4 stars", "5점", "5つ星", "4分", "5 zvezdic", "4/5"), or 1–5 star signs ("★★★★").
/// A number that is part of something else ("5 days late", "order 12345") is not a rating.
/// </summary>
public static partial class RatingRecognizer
{
    public static int? Recognize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var input = AsciiDigits(text.Normalize(NormalizationForm.FormKC)).Trim().ToLowerInvariant();
        if (Stars().IsMatch(input))
        {
            return input.Length;
        }

        return Rating().Match(input) is { Success: true } match
            ? match.Groups["rating"].Value[0] - '0'
            : null;
    }

    private static string AsciiDigits(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(character);
            builder.Append(digit >= 0 ? (char)('0' + digit) : character);
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^[★⭐]{1,5}$", RegexOptions.CultureInvariant)]
    private static partial Regex Stars();

    [GeneratedRegex(
        @"^(?:(?:rating|ocena|評価|평점|점수|评分|打分)\s*[:：]?\s*)?(?<rating>[1-5])\s*"
        + @"(?:(?:/\s*5|out of 5|od 5|stars?|points?|점|つ星|星|分|zvezdic[aei]?|zvezd[ae]?|★)\s*(?:です|입니다|이요|요)?(?:[\s,.!;:。、！，].*)?"
        + @"|(?:です|입니다|이요|요)?[.!。！]?)$",
        RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Rating();
}
