using ComplaintBot.Protocol.Turns;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.DirectLine;

/// <summary>The chat page in Debian's headless Chromium: the real Web Chat widget talking to the bot's embedded Direct Line.</summary>
public sealed class ChatPageBrowserTests(ITestOutputHelper output)
{
    private const string BotBubbles = ".webchat__bubble:not(.webchat__bubble--from-user)";
    private const string UserBubbles = ".webchat__bubble--from-user";
    private const string SendBox = "[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input";
    private static readonly LocatorAssertionsToHaveCountOptions Patiently = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task Customer_ChatsInTheRealWidget_ClicksASuggestedAction_AndContinuesAfterAReload()
    {
        await using var host = new BotHostFactory(
            new Dictionary<string, string?> { ["Branding:CompanyName"] = "Contoso Support" },
            configureServices: WrapBot);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true });
        var page = await browser.NewPageAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 800, Height = 900 } });
        page.Console += (_, message) => output.WriteLine($"browser console: {message.Text}");

        await page.GotoAsync(host.Address.AbsoluteUri);
        await Assertions.Expect(page.Locator("#company-name")).ToHaveTextAsync("Contoso Support");
        await WaitForBotBubblesAsync(page, moreThan: 0);

        await SendAsync(page, "My parcel never arrived and nobody answers my emails");
        await Assertions.Expect(page.Locator(UserBubbles).Filter(new() { HasText = "My parcel never arrived" })).ToHaveCountAsync(1, Patiently);
        await WaitForBotBubblesAsync(page, moreThan: 1);

        await SendAsync(page, SuggestionsBot.Trigger);
        await Assertions.Expect(page.Locator(".ac-adaptiveCard").Filter(new() { HasText = SuggestionsBot.CardText })).ToBeVisibleAsync(new() { Timeout = 30_000 });
        var beforeClick = await page.Locator(BotBubbles).CountAsync();
        await page.GetByRole(AriaRole.Toolbar, new() { Name = "Suggested actions" })
            .GetByRole(AriaRole.Button, new() { Name = SuggestionsBot.ActionTitle }).ClickAsync();
        await Assertions.Expect(page.Locator(UserBubbles).Filter(new() { HasText = SuggestionsBot.ActionTitle })).ToHaveCountAsync(1, Patiently);
        await WaitForBotBubblesAsync(page, moreThan: beforeClick);
        await page.ScreenshotAsync(new() { Path = ArtifactPath("webchat-conversation.png"), FullPage = true });
        var beforeReload = await page.Locator(BotBubbles).CountAsync();

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(UserBubbles).Filter(new() { HasText = "My parcel never arrived" })).ToHaveCountAsync(1, Patiently);
        await Assertions.Expect(page.Locator(BotBubbles)).ToHaveCountAsync(beforeReload, Patiently);
        await SendAsync(page, "Still waiting");
        await WaitForBotBubblesAsync(page, moreThan: beforeReload);
        await page.ScreenshotAsync(new() { Path = ArtifactPath("webchat-after-reload.png"), FullPage = true });

        await browser.CloseAsync();
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    private static void WrapBot(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IBot));
        services.Remove(real);
        services.AddSingleton<IBot>(sp => new SuggestionsBot((IBot)(real.ImplementationInstance
            ?? real.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, real.ImplementationType!))));
    }

    /// <summary>Waits until the bot has more bubbles on screen than <paramref name="moreThan"/> (however many messages a turn sends).</summary>
    private static async Task WaitForBotBubblesAsync(IPage page, int moreThan) =>
        await page.WaitForFunctionAsync(
            "([selector, count]) => document.querySelectorAll(selector).length > count",
            new object[] { BotBubbles, moreThan },
            new() { Timeout = 30_000 });

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator(SendBox).First;
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

    /// <summary>Screenshots go to artifacts/ at the repository root, for a reviewer to look at.</summary>
    private string ArtifactPath(string fileName)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "ComplaintBot.sln")))
        {
            directory = directory.Parent;
        }

        var artifacts = Path.Combine(directory?.FullName ?? AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(artifacts);
        var path = Path.Combine(artifacts, fileName);
        output.WriteLine($"screenshot: {path}");
        return path;
    }
}
