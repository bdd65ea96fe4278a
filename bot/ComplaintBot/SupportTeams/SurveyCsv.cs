using System.Globalization;
using System.Text;
using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The survey results as CSV for a spreadsheet: RFC 4180 (comma separated, CRLF lines, a field with a comma, quote or
/// line break in double quotes with quotes doubled), UTF-8 with a byte-order mark so Excel reads it as UTF-8. A text
/// cell that starts with <c>= + - @</c>, a tab or a carriage return gets a leading apostrophe, so a customer's comment is
/// never run as a spreadsheet formula.
/// </summary>
public static class SurveyCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly string[] Header =
    [
        "check_in_id", "complaint_reference", "category", "language", "agent", "status", "solved", "rating", "comment",
        "negative", "resolved_at", "sent_at", "answered_at",
    ];

    public static byte[] Write(IEnumerable<CheckInResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var csv = new StringBuilder();
        AppendRow(csv, Header);
        foreach (var result in results)
        {
            AppendRow(csv, [
                result.CheckInId,
                result.ComplaintReference,
                result.Category,
                result.Language,
                result.AgentName,
                result.Status.ToString(),
                result.Solved switch { true => "yes", false => "no", null => null },
                result.Rating?.ToString(CultureInfo.InvariantCulture),
                result.Comment,
                result.IsNegative ? "yes" : "no",
                Time(result.ResolvedAt),
                Time(result.SentAt),
                Time(result.AnsweredAt),
            ]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
    }

    /// <summary>One cell: neutralised against formulas, then quoted when it must be.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return string.Empty;
        }

        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void AppendRow(StringBuilder csv, string?[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            csv.Append(i == 0 ? string.Empty : ",").Append(Cell(cells[i]));
        }

        csv.Append("\r\n");
    }

    private static string? Time(DateTimeOffset? value) =>
        value?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
