using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds dates in a customer's text in the five languages: ISO and written dates ("2026-11-20", "3 March",
/// "11월 20일", "11月20日", "20. 11. 2026", "3. marca") and relative ones ("yesterday", "last Tuesday", "3 days ago",
/// "어제", "昨日", "昨天", "včeraj", "지난주 화요일", "先週の火曜日", "上周二", "prejšnji torek"), resolved against today.
/// </summary>
internal static class DateMentionFinder
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private static readonly string[] EnglishMonths =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private static readonly string[] SlovenianMonths =
        ["januar", "februar", "mar", "april", "maj", "junij", "julij", "avgust", "september", "oktober", "november", "december"];

    private const string EnglishMonth =
        "(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";

    private const string SlovenianMonth =
        "(?<smon>januar(?:ja)?|februar(?:ja)?|marec|marca|april(?:a)?|maj(?:a)?|junij(?:a)?|julij(?:a)?|avgust(?:a)?|septemb(?:er|ra)|oktob(?:er|ra)|novemb(?:er|ra)|decemb(?:er|ra))";

    /// <summary>Absolute dates: the groups y (optional), m or mon/smon, d.</summary>
    private static readonly Regex Absolute = new(
        string.Join('|',
            @"(?<![\d.])(?<y>\d{4})\s?[-/.年년]\s?(?<m>\d{1,2})\s?[-/.月월]\s?(?<d>\d{1,2})(?:\s?[日일号])?(?!\d)",
            @"(?<![\d.])(?<m>\d{1,2})\s?[月월]\s?(?<d>\d{1,2})\s?[日일号](?!\d)",
            @"(?<![\d.,])(?<d>\d{1,2})\.\s?(?<m>\d{1,2})\.\s?(?<y>\d{4})(?!\d)",
            @"\b(?<d>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + EnglishMonth + @"\b\.?(?:,?\s+(?<y>\d{4})\b)?",
            @"\b" + EnglishMonth + @"\.?\s+(?<d>\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(?<y>\d{4})\b)?",
            @"(?<![\d.])(?<d>\d{1,2})\.\s*" + SlovenianMonth + @"\b(?:\s+(?<y>\d{4})\b)?"),
        Options,
        Timeout);

    /// <summary>Relative days: a fixed offset (before the count forms, longer phrases first).</summary>
    private static readonly (Regex Pattern, int DaysBack)[] FixedDays =
    [
        (new Regex(@"\bthe\s+day\s+before\s+yesterday\b|그저께|그제|一昨日|おととい|前天|\bpredv[čc]eraj[šs]njim\b", Options, Timeout), 2),
        (new Regex(@"\byesterday\b|어제|昨日|昨天|\bv[čc]eraj\b", Options, Timeout), 1),
        (new Regex(@"\btoday\b|\bthis\s+morning\b|오늘|今日|本日|今天|\bdanes\b", Options, Timeout), 0),
    ];

    private static readonly Regex DaysAgo = new(
        @"\b(?<n>\d{1,3}|one|two|three|four|five|six|seven)\s+days?\s+ago\b|(?<n>\d{1,3})\s?(?:일\s?전|日前|天前)|\bpred\s+(?<n>\d{1,3}|enim|dvema|tremi|[šs]tirimi|petimi)\s+(?:dnevi|dnem|dnevoma)\b",
        Options,
        Timeout);

    /// <summary>Vague times: kept as the customer said them, without a day.</summary>
    private static readonly Regex Vague = new(
        @"\blast\s+(?:week|month)\b|\bthis\s+week\b|\b\d{1,2}\s+weeks?\s+ago\b|지난\s?(?:주|달)|저번\s?주|先週|先月|上(?:周|个月|星期)|\bprej[šs]nji\s+(?:teden|mesec)\b|\bpret(?:e|ek)kli\s+teden\b",
        Options,
        Timeout);

    /// <summary>A weekday in the previous calendar week: "지난주 화요일", "先週の火曜日", "上周二".</summary>
    private static readonly Regex WeekdayOfLastWeek = new(
        @"(?:지난\s?주|저번\s?주)\s?(?<ko>[월화수목금토일])요일|先週の?(?<ja>[月火水木金土日])曜日?|上(?:周|星期|礼拜)(?<zh>[一二三四五六日天])",
        Options,
        Timeout);

    /// <summary>The most recent such weekday before today: "last Tuesday", "on Tuesday", "prejšnji torek", "v torek".</summary>
    private static readonly Regex RecentWeekday = new(
        @"\b(?:last|on|this\s+past|past)\s+(?<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:prej[šs]nj[io]|pretekl[io]|v)\s+(?<sl>ponedeljek|torek|sred[oa]|[čc]etrtek|petek|sobot[oa]|nedelj[oa])\b|지난\s?(?<ko>[월화수목금토일])요일|この前の(?<ja>[月火水木金土日])曜日?",
        Options,
        Timeout);

    public static IEnumerable<ExtractedDetail> Find(string text, DateOnly today)
    {
        foreach (Match match in Absolute.Matches(text))
        {
            var date = AbsoluteDate(match, today);
            if (date is not null)
            {
                yield return Detail(match, date, relative: false);
            }
        }

        foreach (Match match in WeekdayOfLastWeek.Matches(text))
        {
            var weekday = Weekday(match);
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7) - 7);
            yield return Detail(match, monday.AddDays(((int)weekday + 6) % 7), relative: true);
        }

        foreach (Match match in RecentWeekday.Matches(text))
        {
            var back = ((int)today.DayOfWeek - (int)Weekday(match) + 7) % 7;
            yield return Detail(match, today.AddDays(-(back == 0 ? 7 : back)), relative: true);
        }

        foreach (Match match in DaysAgo.Matches(text))
        {
            var days = Count(match.Groups["n"].Value);
            yield return Detail(match, today.AddDays(-days), relative: true);
        }

        foreach (var (pattern, daysBack) in FixedDays)
        {
            foreach (Match match in pattern.Matches(text))
            {
                yield return Detail(match, today.AddDays(-daysBack), relative: true);
            }
        }

        foreach (Match match in Vague.Matches(text))
        {
            yield return Detail(match, null, relative: false);
        }
    }

    private static ExtractedDetail Detail(Match match, DateOnly? date, bool relative)
    {
        var evidence = match.Value.Trim();
        var value = relative && date is { } day
            ? $"{evidence} ({day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"
            : evidence;
        return new ExtractedDetail(DetailKind.Date, value, evidence, match.Index) { Date = date };
    }

    private static DateOnly? AbsoluteDate(Match match, DateOnly today)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = match.Groups["m"].Success ? int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture)
            : match.Groups["mon"].Success ? MonthIndex(EnglishMonths, match.Groups["mon"].Value)
            : MonthIndex(SlovenianMonths, match.Groups["smon"].Value);
        if (month is < 1 or > 12 || day < 1 || day > 31)
        {
            return null;
        }

        if (match.Groups["y"].Success)
        {
            var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
            return year is >= 1900 and <= 2200 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
        }

        // Without a year the customer means the most recent such day, or one within the coming month (a promised date).
        var candidate = ValidDay(today.Year, month, day);
        if (candidate is { } thisYear && thisYear > today.AddDays(31))
        {
            candidate = ValidDay(today.Year - 1, month, day);
        }

        return candidate;
    }

    private static DateOnly? ValidDay(int year, int month, int day)
        => day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    private static int MonthIndex(string[] prefixes, string name)
    {
        var lower = name.ToLowerInvariant();
        return Array.FindIndex(prefixes, p => lower.StartsWith(p, StringComparison.Ordinal)) + 1;
    }

    private static DayOfWeek Weekday(Match match)
    {
        if (match.Groups["en"].Success)
        {
            return Enum.Parse<DayOfWeek>(match.Groups["en"].Value, ignoreCase: true);
        }

        if (match.Groups["sl"].Success)
        {
            return match.Groups["sl"].Value.ToLowerInvariant()[..3] switch
            {
                "pon" => DayOfWeek.Monday,
                "tor" => DayOfWeek.Tuesday,
                "sre" => DayOfWeek.Wednesday,
                "čet" or "cet" => DayOfWeek.Thursday,
                "pet" => DayOfWeek.Friday,
                "sob" => DayOfWeek.Saturday,
                _ => DayOfWeek.Sunday,
            };
        }

        var symbol = (match.Groups["ko"].Success ? match.Groups["ko"] : match.Groups["ja"].Success ? match.Groups["ja"] : match.Groups["zh"]).Value;
        return symbol switch
        {
            "월" or "月" or "一" => DayOfWeek.Monday,
            "화" or "火" or "二" => DayOfWeek.Tuesday,
            "수" or "水" or "三" => DayOfWeek.Wednesday,
            "목" or "木" or "四" => DayOfWeek.Thursday,
            "금" or "金" or "五" => DayOfWeek.Friday,
            "토" or "土" or "六" => DayOfWeek.Saturday,
            _ => DayOfWeek.Sunday,
        };
    }

    private static int Count(string word) => word.ToLowerInvariant() switch
    {
        "one" or "enim" => 1,
        "two" or "dvema" => 2,
        "three" or "tremi" => 3,
        "four" or "štirimi" or "stirimi" => 4,
        "five" or "petimi" => 5,
        "six" => 6,
        "seven" => 7,
        var digits => int.Parse(digits, CultureInfo.InvariantCulture),
    };
}
