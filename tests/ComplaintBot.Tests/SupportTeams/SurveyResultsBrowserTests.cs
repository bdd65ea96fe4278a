using ComplaintBot.Tests.DirectLine;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.SupportTeams;

/// <summary>An agent in Debian's Chromium opens the survey results from the console.</summary>
public sealed class SurveyResultsBrowserTests(ITestOutputHelper output)
{
    private static readonly LocatorAssertionsToHaveCountOptions Patiently = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task TheResultsPage_ShowsFiguresChartsAndComments_WithoutRunningAScriptInAComment()
    {
        await using var bot = await SurveyResultsApiTests.StartWithResultsAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true });
        await using var context = await browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1300, Height = 1000 } });
        var page = await context.NewPageAsync();
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        page.Console += (_, message) => output.WriteLine($"console: {message.Text}");

        await page.GotoAsync(new Uri(bot.Host.Address, "/agent/results").AbsoluteUri);
        Assert.EndsWith("/agent/sign-in", page.Url, StringComparison.Ordinal);
        await page.FillAsync("#name", "Mina Park");
        await page.FillAsync("#password", SurveyResultsApiTests.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForURLAsync("**/agent", new() { Timeout = 30_000 });
        await page.ClickAsync("#results-link");
        await page.WaitForURLAsync("**/agent/results", new() { Timeout = 30_000 });

        await page.FillAsync("#from", "2026-11-20");
        await page.FillAsync("#to", "2026-11-20");
        await page.ClickAsync("#show");

        await Assertions.Expect(page.Locator("#results tbody tr")).ToHaveCountAsync(3, Patiently);
        await Assertions.Expect(page.Locator("#results tbody tr.negative")).ToHaveCountAsync(2, Patiently);
        Assert.Equal(SurveyResultsApiTests.Comment, await page.Locator("#results td.comment").Nth(1).TextContentAsync());
        Assert.Equal(0, await page.Locator("#results img, #results script").CountAsync());
        await Assertions.Expect(page.Locator("#chart-category svg rect.bar.csat")).ToHaveCountAsync(4, Patiently);
        await Assertions.Expect(page.Locator("#chart-agent svg text.name")).ToHaveCountAsync(2, Patiently);
        await Assertions.Expect(page.Locator("#figures .tile").Nth(3)).ToContainTextAsync("33.3 %");
        Assert.Contains("from=2026-11-20T00%3A00%3A00Z", await page.GetAttributeAsync("#export", "href"), StringComparison.Ordinal);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "complaintbot-survey-results.png"), FullPage = true });

        Assert.Equal(0, dialogs);
        Assert.Equal("ComplaintBot survey results", await page.TitleAsync());
    }
}
