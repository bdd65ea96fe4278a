using System.Globalization;

namespace ComplaintBot.Dialogs.Localization;

/// <summary>
/// The languages the bot speaks, and how a channel's locale tag (BCP-47, often with a region, sometimes malformed)
/// maps onto one of them.
/// </summary>
public static class SupportedLanguages
{
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en");
    public static CultureInfo Korean { get; } = CultureInfo.GetCultureInfo("ko");
    public static CultureInfo Japanese { get; } = CultureInfo.GetCultureInfo("ja");
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-Hans");
    public static CultureInfo Slovenian { get; } = CultureInfo.GetCultureInfo("sl");

    public static IReadOnlyList<CultureInfo> All { get; } = [English, Korean, Japanese, Chinese, Slovenian];

    /// <summary>
    /// The supported language of a locale tag such as "ko-KR", "zh-CN", "zh_chs", "sl-SI" or "EN"; null when the tag is
    /// missing, malformed or names a language the bot does not speak. Traditional Chinese is not supported
    /// (the texts are written in Simplified characters), so "zh-TW"/"zh-Hant" give null.
    /// </summary>
    public static CultureInfo? FromLocale(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return null;
        }

        var tag = locale.Trim().Replace('_', '-');
        var primary = tag.Split('-', 2)[0].ToUpperInvariant();
        return primary switch
        {
            "EN" => English,
            "KO" => Korean,
            "JA" => Japanese,
            "SL" => Slovenian,
            "ZH" => IsTraditionalChinese(tag) ? null : Chinese,
            _ => null,
        };
    }

    /// <summary>The two-letter code the rest of the system uses for a supported culture ("en", "ko", "ja", "zh", "sl").</summary>
    public static string Code(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return culture.TwoLetterISOLanguageName;
    }

    private static bool IsTraditionalChinese(string tag)
    {
        var upper = tag.ToUpperInvariant();
        return upper.Contains("HANT", StringComparison.Ordinal) || upper.EndsWith("-TW", StringComparison.Ordinal)
            || upper.EndsWith("-HK", StringComparison.Ordinal) || upper.EndsWith("-MO", StringComparison.Ordinal)
            || upper.EndsWith("-CHT", StringComparison.Ordinal);
    }
}
