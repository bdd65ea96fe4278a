using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds order numbers after an order cue in the five languages ("order 12345", "order no. 12345", "#A-99812",
/// "주문번호 12345", "注文番号は12345", "订单号：12345", "naročilo 12345", "številka naročila je 12345"), the number
/// itself read by the configured pattern.
/// </summary>
internal sealed class OrderNumberFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private const string Cue =
        @"\border(?:\s*(?:number|no\.?|nr\.?|id|ref(?:erence)?))?|주문\s?번호|주문|注文番号|注文|订单编号|订单号|订单|单号|(?:\b[šs]tevilk[aeo]\s+)?\bnaro[čc]il[aou]?\b(?:\s*(?:[šs]t\.?|[šs]tevilka))?|\b[šs]t\.\s*naro[čc]ila\b";

    private const string Link = @"(?:\s*(?:\bis\b|\bje\b|[:#=]|는|은|이|가|は|が|是|为))?\s*[:#]?\s*";

    private readonly Regex _afterCue;
    private readonly Regex _hashed;
    private readonly Regex _bare;

    public OrderNumberFinder(string numberPattern)
    {
        var number = $"(?<id>{numberPattern})(?![A-Za-z0-9])";
        _afterCue = new Regex($"(?:{Cue}){Link}(?<![A-Za-z0-9]){number}", Options, TimeSpan.FromSeconds(1));
        _hashed = new Regex($@"(?<![\w#])#\s?(?<![A-Za-z0-9]){number}", Options, TimeSpan.FromSeconds(1));
        _bare = new Regex($"(?<![A-Za-z0-9]){number}", Options, TimeSpan.FromSeconds(1));
    }

    /// <param name="text">The normalised text.</param>
    /// <param name="expected">The customer was just asked for the order number, so a number without a cue counts.</param>
    public IEnumerable<ExtractedDetail> Find(string text, bool expected)
    {
        var patterns = expected ? [_afterCue, _hashed, _bare] : new[] { _afterCue, _hashed };
        foreach (var pattern in patterns)
        {
            foreach (Match match in pattern.Matches(text))
            {
                var id = match.Groups["id"];
                if (id.Value.Any(char.IsAsciiDigit))
                {
                    yield return new ExtractedDetail(DetailKind.OrderNumber, id.Value.ToUpperInvariant(), match.Value, match.Index);
                }
            }
        }
    }
}
