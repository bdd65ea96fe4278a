using System.Net;
using System.Text;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.SupportTeams;
using ComplaintBot.Tests.Agents;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class SurveyResultsApiTests
{
    internal const string Password = "correct horse battery staple";
    internal const string Comment = "=HYPERLINK(\"http://evil.example\",\"refund\") <img src=x onerror=alert(1)>\nsecond line, \"quoted\"";
    private static readonly DateTimeOffset Resolved = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    private const string Range = "from=2026-11-20T00:00:00Z&to=2026-11-21T00:00:00Z";

    [Fact]
    public async Task WithoutSignIn_TheApiExportAndPageAreRefused()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false);
        using var anonymous = new AgentClient(bot.Host.Address);

        using var api = await anonymous.Http.GetAsync(new Uri("/agent/api/results?" + Range, UriKind.Relative));
        using var export = await anonymous.Http.GetAsync(new Uri("/agent/api/results/export.csv?" + Range, UriKind.Relative));
        using var page = await anonymous.Http.GetAsync(new Uri("/agent/results", UriKind.Relative));
        using var script = await anonymous.Http.GetAsync(new Uri("/agent/results.js", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, export.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/agent/sign-in", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
    }

    [Fact]
    public async Task SignedIn_TheApiGivesTheResultsAndFigures_FilteredByCategoryAndAgent()
    {
        await using var bot = await StartWithResultsAsync();
        using var agent = await AgentClient.SignInAsync(bot.Host.Address, "Mina Park", Password);

        var all = await agent.GetAsync<SurveyReport>("/agent/api/results?" + Range);
        var delivery = await agent.GetAsync<SurveyReport>("/agent/api/results?" + Range + "&category=delivery");
        var ana = await agent.GetAsync<SurveyReport>("/agent/api/results?" + Range + "&agent=Ana%20Novak");

        Assert.Equal(["S1@1", "S2@1", "S3@1"], all.Results.Select(result => result.CheckInId));
        Assert.Equal(new SurveyFigures(3, 3, 3, 3, 1, 3, 1, 2), all.Summary.Overall);
        Assert.Equal(Comment, all.Results.Single(result => result.CheckInId == "S2@1").Comment);
        Assert.Equal(["S3@1"], delivery.Results.Select(result => result.CheckInId));
        Assert.Equal(["S2@1", "S3@1"], ana.Results.Select(result => result.CheckInId));
        Assert.Equal(0.0, ana.Summary.Overall.Csat);
    }

    [Fact]
    public async Task SignedIn_ABackwardsRange_IsABadRequest()
    {
        await using var bot = await StartWithResultsAsync();
        using var agent = await AgentClient.SignInAsync(bot.Host.Address, "Mina Park", Password);

        using var backwards = await agent.Http.GetAsync(new Uri("/agent/api/results?from=2026-11-21T00:00:00Z&to=2026-11-20T00:00:00Z", UriKind.Relative));
        using var tooLong = await agent.Http.GetAsync(new Uri("/agent/api/results?from=2024-01-01T00:00:00Z&to=2026-11-20T00:00:00Z", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
    }

    [Fact]
    public async Task SignedIn_TheCsvExport_IsExcelReadyAndDefusesFormulas()
    {
        await using var bot = await StartWithResultsAsync();
        using var agent = await AgentClient.SignInAsync(bot.Host.Address, "Mina Park", Password);

        using var response = await agent.Http.GetAsync(new Uri("/agent/api/results/export.csv?" + Range, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("survey-results-20261120-20261121.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        var rows = text.Split("\r\n");
        Assert.Equal(5, rows.Length);
        Assert.Equal(string.Empty, rows[^1]);
        Assert.Contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"refund\"\") <img src=x onerror=alert(1)>\nsecond line, \"\"quoted\"\"\"", rows[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignedIn_ThePageIsServed_UnderTheConsolesContentSecurityPolicy()
    {
        await using var bot = await StartWithResultsAsync();
        using var agent = await AgentClient.SignInAsync(bot.Host.Address, "Mina Park", Password);

        using var page = await agent.Http.GetAsync(new Uri("/agent/results", UriKind.Relative));
        using var console = await agent.Http.GetAsync(new Uri("/agent", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("<script src=\"/agent/results.js\" defer></script>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("href=\"/agent/results\"", await console.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>Three answered check-ins resolved on 20 November, one outside the range, and the agent Mina Park.</summary>
    internal static async Task<SupportTeamsHost> StartWithResultsAsync()
    {
        var bot = await SupportTeamsHost.StartAsync(webhook: false);
        var exit = await AgentsCommand.RunAsync(bot.Services, ["agents", "add", "--name", "Mina Park", "--languages", "en"], new StringReader(Password + "\n"), TextWriter.Null, TextWriter.Null);
        Assert.Equal(0, exit);
        var sent = Resolved.AddDays(1);
        await bot.SeedCheckInAsync("S1", "ProductFault", "Mina Park", Resolved, sent, solved: true, rating: 5);
        await bot.SeedCheckInAsync("S2", "Billing", "Ana Novak", Resolved.AddHours(1), sent.AddHours(1), solved: false, rating: 1, comment: Comment);
        await bot.SeedCheckInAsync("S3", "Delivery", "Ana Novak", Resolved.AddHours(2), sent.AddHours(2), solved: false, rating: 3);
        await bot.SeedCheckInAsync("S4", "Delivery", "Ana Novak", Resolved.AddDays(-2), Resolved.AddDays(-1), solved: true, rating: 5);
        return bot;
    }
}
