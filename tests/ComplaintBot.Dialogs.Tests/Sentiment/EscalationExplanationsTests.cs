using System.Globalization;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Tests.Sentiment;

public class EscalationExplanationsTests
{
    [Fact]
    public void For_EveryReason_HasItsOwnTextInEveryLanguage()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in SupportedLanguages.All)
            {
                CultureInfo.CurrentUICulture = culture;
                var texts = Enum.GetValues<EscalationReason>().Select(EscalationExplanations.For).ToList();

                Assert.All(texts, text => Assert.False(string.IsNullOrWhiteSpace(text)));
                Assert.Equal(texts.Count, texts.Distinct().Count());
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void For_Korean_IsWrittenInKorean()
    {
        var original = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = SupportedLanguages.Korean;
            Assert.Contains("상담원", EscalationExplanations.For(EscalationReason.Requested), StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = original;
        }
    }
}
