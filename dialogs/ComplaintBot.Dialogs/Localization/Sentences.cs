using System.Globalization;

namespace ComplaintBot.Dialogs.Localization;

/// <summary>
/// Sentences run together as a language writes them: with a space between them in English, Korean and Slovenian,
/// and with none in Japanese and Chinese, whose full stop (。) already separates them.
/// </summary>
public static class Sentences
{
    public static string Join(CultureInfo culture, params IEnumerable<string> sentences)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return string.Join(culture.TwoLetterISOLanguageName is "ja" or "zh" ? string.Empty : " ", sentences);
    }
}
