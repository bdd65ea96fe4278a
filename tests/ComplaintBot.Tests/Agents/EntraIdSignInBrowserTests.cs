using System.Text.RegularExpressions;
using ComplaintBot.Tests.DirectLine;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// The console with Entra ID sign-in in Debian's Chromium, as far as it goes without Entra ID: MSAL.js loads under the
/// console's Content-Security-Policy and the sign-in page offers Microsoft sign-in; what Entra ID itself does (the
/// redirect, the token) is covered by <see cref="EntraIdSignInTests"/> with the tokens MSAL.js would bring.
/// </summary>
public sealed class EntraIdSignInBrowserTests(EntraConsoleHost entra, ITestOutputHelper output) : IClassFixture<EntraConsoleHost>
{
    [BrowserFact]
    public async Task Console_WithoutAMicrosoftAccount_GoesToSignIn_WhichOffersMicrosoftAndPassword_WithMsalLoaded()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true });
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            output.WriteLine($"console: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };

        await page.GotoAsync(new Uri(entra.Console.Host.Address, "/agent").AbsoluteUri);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/agent/sign-in$"), new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#sign-in-microsoft")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        await Assertions.Expect(page.Locator("#sign-in-form")).ToBeVisibleAsync();
        Assert.Equal("function", await page.EvaluateAsync<string>("typeof window.msal.PublicClientApplication"));
        Assert.Empty(violations);
    }
}
