using ComplaintBot.Agents.Accounts;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Protocol.Turns;
using ComplaintBot.Tests.DirectLine;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// Two people in Debian's Chromium: a customer in the real Web Chat widget at <c>/</c> and an agent in the console at
/// <c>/agent</c>, on one bot over real HTTP.
/// </summary>
public sealed class AgentConsoleBrowserTests(ITestOutputHelper output)
{
    private const string Password = "correct horse battery staple";
    private const string SendBox = "[data-id='webchat-sendbox-input'], .webchat__send-box-text-box__input";
    private const string Injection = "<img src=x onerror=\"document.title='pwned'\"><script>document.title='pwned'</script>";
    private static readonly LocatorAssertionsToBeVisibleOptions Patiently = new() { Timeout = 30_000 };

    [BrowserFact]
    public async Task CustomerEscalatesInWebChat_AgentAcceptsRelaysBothWaysAndResolves()
    {
        await using var host = new BotHostFactory(configureServices: WrapBot);
        using (var error = new StringWriter())
        {
            var exit = await AgentsCommand.RunAsync(host.Services, ["agents", "add", "--name", "Mina Park", "--languages", "en,ko"], new StringReader(Password), TextWriter.Null, error);
            Assert.True(exit == 0, error.ToString());
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = BrowserFactAttribute.ChromiumPath, Headless = true });
        await using var customerContext = await browser.NewContextAsync(new() { Locale = "en-US" });
        await using var agentContext = await browser.NewContextAsync(new() { Locale = "en-US", ViewportSize = new() { Width = 1400, Height = 900 } });
        var customer = await customerContext.NewPageAsync();
        customer.Console += (_, message) => output.WriteLine($"customer console: {message.Text}");
        var agent = await agentContext.NewPageAsync();
        var scriptsRun = 0;
        agent.Console += (_, message) => output.WriteLine($"agent console: {message.Text}");
        agent.Dialog += async (_, dialog) => { scriptsRun++; await dialog.DismissAsync(); };

        await agent.GotoAsync(new Uri(host.Address, "/agent").AbsoluteUri);
        Assert.EndsWith("/agent/sign-in", agent.Url, StringComparison.Ordinal);
        await agent.FillAsync("#name", "Mina Park");
        await agent.FillAsync("#password", Password);
        await agent.ClickAsync("#sign-in");
        await Assertions.Expect(agent.Locator("#connection")).ToHaveTextAsync("live", new() { Timeout = 30_000 });

        await customer.GotoAsync(host.Address.AbsoluteUri);
        await Assertions.Expect(customer.Locator(".webchat__bubble").First).ToBeVisibleAsync(Patiently);
        await SendAsync(customer, "I want a person now. " + Injection);
        await Assertions.Expect(Bubble(customer, EscalatingBot.Connecting)).ToBeVisibleAsync(Patiently);

        var entry = agent.Locator("#queue li").Filter(new() { HasText = "Requested" });
        await Assertions.Expect(entry).ToBeVisibleAsync(Patiently);
        await entry.ClickAsync();
        await Assertions.Expect(agent.Locator("#packet-description")).ToHaveTextAsync("I want a person now. " + Injection, new() { Timeout = 30_000 });
        await agent.ClickAsync("#accept");
        await Assertions.Expect(Bubble(customer, "Mina Park from our team has joined the conversation")).ToBeVisibleAsync(Patiently);

        await SendAsync(customer, "Are you really a person?");
        await Assertions.Expect(agent.Locator("#transcript li").Filter(new() { HasText = "Are you really a person?" })).ToBeVisibleAsync(Patiently);
        await agent.FillAsync("#message", "Yes, this is Mina. Refund on its way.");
        await agent.ClickAsync("#send");
        await Assertions.Expect(Bubble(customer, "Yes, this is Mina. Refund on its way.")).ToBeVisibleAsync(Patiently);

        await agent.FillAsync("#resolution", "Refunded the order in full.");
        await agent.ClickAsync("#resolve");
        await Assertions.Expect(Bubble(customer, "Your complaint has been resolved. What we did: Refunded the order in full.")).ToBeVisibleAsync(Patiently);
        await Assertions.Expect(agent.Locator("#packet-title")).ToContainTextAsync("Resolved", new() { Timeout = 30_000 });
        await agent.ScreenshotAsync(new() { Path = ArtifactPath("agent-console.png"), FullPage = true });
        await customer.ScreenshotAsync(new() { Path = ArtifactPath("agent-customer-webchat.png"), FullPage = true });

        Assert.Equal(0, scriptsRun);
        Assert.NotEqual("pwned", await agent.TitleAsync());
        Assert.Equal(0, await agent.Locator("#packet img, #transcript img, #packet script").CountAsync());
        var resolved = (await host.Services.GetRequiredService<IComplaintStore>().ListAsync(new ComplaintQuery { Status = ComplaintStatus.Resolved }, CancellationToken.None)).Single();
        Assert.Equal("Mina Park", resolved.History[^1].Actor);
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    private static ILocator Bubble(IPage page, string text) => page.Locator(".webchat__bubble").Filter(new() { HasText = text }).First;

    private static void WrapBot(IServiceCollection services)
    {
        var real = services.Last(d => d.ServiceType == typeof(IBot));
        services.Remove(real);
        services.AddSingleton<IBot>(sp => new EscalatingBot(
            (IBot)(real.ImplementationInstance ?? real.ImplementationFactory?.Invoke(sp) ?? ActivatorUtilities.CreateInstance(sp, real.ImplementationType!)),
            sp.GetRequiredService<IComplaintStore>(),
            sp.GetRequiredService<IHandoffService>(),
            sp.GetRequiredService<TimeProvider>()));
    }

    private static async Task SendAsync(IPage page, string text)
    {
        var box = page.Locator(SendBox).First;
        await Assertions.Expect(box).ToBeVisibleAsync(Patiently);
        await box.FillAsync(text);
        await box.PressAsync("Enter");
    }

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
