using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds amounts of money with their currency, written the way each language writes them: "€49.90", "49,90 EUR",
/// "1.234,56 €", "$12.50", "₩30,000", "30,000원", "3만 원", "3000円", "¥200", "200元", "3万元".
/// </summary>
internal static class AmountMentionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private const string Number = @"(?<num>\d{1,3}(?:[,. ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)";

    private const string Multiplier = @"(?<mul>만|万|천|千)?";

    private static readonly Regex SymbolFirst = new(
        @"(?<![A-Za-z0-9$€£₩¥])(?<cur>US\$|\$|€|£|₩|¥|EUR|USD|GBP|KRW|JPY|CNY|RMB)\s?" + Number + Multiplier + @"(?![\d])",
        Options,
        TimeSpan.FromSeconds(1));

    private static readonly Regex NumberFirst = new(
        @"(?<![\d.,])" + Number + @"\s?" + Multiplier + @"\s?(?<cur>€|\$|£|EUR|euros?|evr(?:ov|a|o|i)?|USD|dollars?|GBP|pounds?|KRW|won|원|JPY|yen|円|엔|CNY|RMB|yuan|元|块|人民币)(?![A-Za-z])",
        Options,
        TimeSpan.FromSeconds(1));

    /// <param name="text">The normalised text.</param>
    /// <param name="yenMeansYuan">Whether "¥" is read as Chinese yuan (the customer writes Chinese) rather than Japanese yen.</param>
    public static IEnumerable<ExtractedDetail> Find(string text, bool yenMeansYuan)
    {
        foreach (var pattern in (Regex[])[SymbolFirst, NumberFirst])
        {
            foreach (Match match in pattern.Matches(text))
            {
                var number = Parse(match.Groups["num"].Value) * MultiplierOf(match.Groups["mul"].Value);
                var currency = Currency(match.Groups["cur"].Value, yenMeansYuan);
                yield return new ExtractedDetail(DetailKind.Amount, match.Value, match.Value, match.Index)
                {
                    Number = number,
                    Currency = currency,
                };
            }
        }
    }

    /// <summary>
    /// Reads "49.90", "49,90", "30,000", "1.234,56", "1 234,56": the last separator followed by one or two digits is
    /// the decimal mark; every other separator groups thousands.
    /// </summary>
    public static decimal Parse(string number)
    {
        var lastSeparator = number.LastIndexOfAny(['.', ',']);
        var isDecimal = lastSeparator >= 0 && number.Length - lastSeparator - 1 is 1 or 2;
        var whole = isDecimal ? number[..lastSeparator] : number;
        var fraction = isDecimal ? number[(lastSeparator + 1)..] : "0";
        var digits = new string([.. whole.Where(char.IsAsciiDigit)]);
        return decimal.Parse($"{(digits.Length == 0 ? "0" : digits)}.{fraction}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
    }

    private static decimal MultiplierOf(string symbol) => symbol switch
    {
        "만" or "万" => 10_000m,
        "천" or "千" => 1_000m,
        _ => 1m,
    };

    private static string Currency(string symbol, bool yenMeansYuan) => symbol.ToUpperInvariant() switch
    {
        "€" or "EUR" or "EURO" or "EUROS" or "EVROV" or "EVRA" or "EVRO" or "EVRI" or "EVR" => "EUR",
        "US$" or "$" or "USD" or "DOLLAR" or "DOLLARS" => "USD",
        "£" or "GBP" or "POUND" or "POUNDS" => "GBP",
        "₩" or "KRW" or "WON" or "원" => "KRW",
        "¥" => yenMeansYuan ? "CNY" : "JPY",
        "JPY" or "YEN" or "円" or "엔" => "JPY",
        _ => "CNY",
    };
}
