namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// One particular found in the customer's text, with the evidence: the words it was read from, as they stand in the
/// normalised text (<see cref="ComplaintText.Normalize"/>; full-width characters already folded), and where.
/// </summary>
/// <param name="Kind">What it is.</param>
/// <param name="Value">
/// The canonical value: order number in capitals ("A-99812"); email in lower case; phone as "+" and digits or digits
/// only ("+38641123456", "01012345678"); amount as written ("€49.90"); product as written ("Acme X200 blender");
/// date as written, followed by the resolved day when the customer wrote a relative one ("yesterday (2026-11-22)").
/// </param>
/// <param name="Evidence">The words the value was read from.</param>
/// <param name="Index">Where the evidence starts in the normalised text.</param>
public sealed record ExtractedDetail(DetailKind Kind, string Value, string Evidence, int Index)
{
    /// <summary>For a date: the day meant, when it can be known (not for "last week").</summary>
    public DateOnly? Date { get; init; }

    /// <summary>For an amount: the number ("49,90" → 49.90, "3万円" → 30000).</summary>
    public decimal? Number { get; init; }

    /// <summary>For an amount: the ISO 4217 currency, when the customer named one (EUR, USD, GBP, KRW, JPY, CNY).</summary>
    public string? Currency { get; init; }
}
