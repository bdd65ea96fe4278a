using System.Globalization;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;

namespace ComplaintBot.Dialogs.Tests.Localization;

public class SupportedLanguagesTests
{
    [Theory]
    [InlineData("en-US", "en")]
    [InlineData("EN", "en")]
    [InlineData("ko-KR", "ko")]
    [InlineData("ja-JP", "ja")]
    [InlineData("zh-CN", "zh")]
    [InlineData("zh-Hans-CN", "zh")]
    [InlineData("zh_chs", "zh")]
    [InlineData("sl-SI", "sl")]
    [InlineData(" sl ", "sl")]
    public void FromLocale_SupportedTag_GivesItsLanguage(string locale, string expected)
        => Assert.Equal(expected, SupportedLanguages.Code(SupportedLanguages.FromLocale(locale)!));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("de-DE")]
    [InlineData("zh-TW")]
    [InlineData("zh-Hant")]
    [InlineData("zh_cht")]
    [InlineData("-")]
    [InlineData("💥")]
    public void FromLocale_UnsupportedOrMalformed_GivesNull(string? locale)
        => Assert.Null(SupportedLanguages.FromLocale(locale));

    public static TheoryData<string> EveryMessageKey()
    {
        var data = new TheoryData<string>();
        foreach (var property in typeof(BotMessages).GetProperties().Where(p => p.PropertyType == typeof(string)))
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryMessageKey))]
    public void BotMessages_EveryKey_IsWrittenInEveryLanguageWithTheSamePlaceholders(string key)
    {
        var neutral = BotMessages.ResourceManager.GetString(key, CultureInfo.InvariantCulture)!;
        foreach (var culture in SupportedLanguages.All.Skip(1))
        {
            var text = BotMessages.ResourceManager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)?.GetString(key);
            Assert.False(string.IsNullOrWhiteSpace(text), $"{key} has no {culture.Name} text");
            Assert.Equal(Placeholders(neutral), Placeholders(text!));
            if (key != "ListSeparator" && key != "OrderInline")
            {
                Assert.NotEqual(neutral, text);
            }
        }
    }

    [Fact]
    public void BotMessages_RegionalCulture_FallsBackToItsLanguage()
    {
        Assert.Equal(
            BotMessages.ResourceManager.GetString(nameof(BotMessages.ButtonYes), CultureInfo.GetCultureInfo("ko"))!,
            BotMessages.ResourceManager.GetString(nameof(BotMessages.ButtonYes), CultureInfo.GetCultureInfo("ko-KR"))!);
        Assert.Equal("是的", BotMessages.ResourceManager.GetString(nameof(BotMessages.ButtonYes), CultureInfo.GetCultureInfo("zh-CN")));
    }

    private static string[] Placeholders(string text)
        => [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];
}
