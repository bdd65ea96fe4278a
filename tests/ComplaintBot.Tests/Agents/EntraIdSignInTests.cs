using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintBot.Agents;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Tests.Auth;
using ComplaintBot.Tests.DirectLine;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// Entra ID sign-in over real HTTP: the bot validates bearer tokens against a local provider playing Entra ID (keys,
/// v2 issuer, audience, lifetime) and admits only agents (console scope plus app role or group); customers' and
/// channels' tokens are refused; local accounts keep working beside it.
/// </summary>
public sealed class EntraIdSignInTests : IClassFixture<EntraConsoleHost>
{
    private readonly EntraConsoleHost _entra;

    public EntraIdSignInTests(EntraConsoleHost entra)
    {
        _entra = entra;
    }

    private AgentConsoleHost Console => _entra.Console;

    [Fact]
    public async Task AgentToken_WithTheAppRole_ReadsTheQueueAndIsNamedFromTheToken()
    {
        var objectId = Guid.NewGuid().ToString();
        using var http = _entra.BearerClient(_entra.AgentToken(objectId, "Hana Kim"));

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));
        var session = await http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/session", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
        Assert.Equal(objectId, session.GetProperty("id").GetString());
        Assert.Equal("Hana Kim", session.GetProperty("name").GetString());
    }

    [Fact]
    public async Task AgentToken_GroupMemberWithoutTheRole_IsAnAgent()
    {
        var token = _entra.AgentToken(
            Guid.NewGuid().ToString(),
            change: spec => Without(spec, "roles"),
            claims: ("groups", new[] { EntraConsoleHost.AgentGroupId }));
        using var http = _entra.BearerClient(token);

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task AgentToken_WithoutNameClaim_IsNamedByPreferredUsername()
    {
        using var http = _entra.BearerClient(_entra.AgentToken(Guid.NewGuid().ToString(), change: spec => Without(spec, "name")));

        var session = await http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/session", UriKind.Relative));

        Assert.Equal("hana@contoso.example", session.GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("no role")]
    [InlineData("another role")]
    [InlineData("another group")]
    [InlineData("no console scope")]
    public async Task ValidToken_OfSomeoneWhoIsNoAgent_Is403(string flaw)
    {
        var token = flaw switch
        {
            "no role" => _entra.AgentToken(Guid.NewGuid().ToString(), change: spec => Without(spec, "roles")),
            "another role" => _entra.AgentToken(Guid.NewGuid().ToString(), claims: ("roles", new[] { "agent", "ComplaintBot.Reader" })),
            "another group" => _entra.AgentToken(Guid.NewGuid().ToString(), change: spec => Without(spec, "roles"), claims: ("groups", new[] { Guid.NewGuid().ToString() })),
            _ => _entra.AgentToken(Guid.NewGuid().ToString(), change: spec => Without(spec, "scp")),
        };
        using var http = _entra.BearerClient(token);

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));
        using var session = await http.GetAsync(new Uri("/agent/api/session", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, session.StatusCode);
    }

    [Theory]
    [InlineData("wrong audience")]
    [InlineData("wrong issuer")]
    [InlineData("another tenant")]
    [InlineData("v1 issuer")]
    [InlineData("expired")]
    [InlineData("forged signature")]
    public async Task Token_NotValid_Is401(string flaw)
    {
        var token = _entra.AgentToken(Guid.NewGuid().ToString(), change: spec => flaw switch
        {
            "wrong audience" => Copy(spec, audience: Guid.NewGuid().ToString()),
            "wrong issuer" => Copy(spec, issuer: "https://login.microsoftonline.com/" + EntraConsoleHost.TenantId + "/v2.0"),
            "another tenant" => Copy(spec, issuer: _entra.Provider.EntraIssuer(Guid.NewGuid().ToString())),
            "v1 issuer" => Copy(spec, issuer: "https://sts.windows.net/" + EntraConsoleHost.TenantId + "/"),
            "expired" => Copy(spec, notBefore: DateTime.UtcNow.AddHours(-3), expires: DateTime.UtcNow.AddHours(-2)),
            _ => Copy(spec, keyId: LocalOpenIdProvider.UnpublishedKeyId),
        });
        using var http = _entra.BearerClient(token);

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
    }

    [Fact]
    public async Task BotFrameworkChannelToken_IsRefused()
    {
        var token = _entra.Provider.CreateChannelToken(EntraConsoleHost.ClientId, Console.Channel.ServiceUrl.AbsoluteUri);
        using var http = _entra.BearerClient(token);

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
    }

    [Fact]
    public async Task CustomersDirectLineToken_IsRefused()
    {
        using var directLine = new DirectLineTestClient(Console.Host.Address);
        using var generated = await directLine.SendAsync(HttpMethod.Post, "tokens/generate", bearer: null);
        var customerToken = (await DirectLineTestClient.JsonOf(generated)).GetProperty("token").GetString()!;
        using var http = _entra.BearerClient(customerToken);

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));
        using var events = await http.GetAsync(new Uri("/agent/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, events.StatusCode);
    }

    [Fact]
    public async Task AgentToken_ActsWithoutAntiforgery_AndTheHistoryNamesTheAgent()
    {
        var objectId = Guid.NewGuid().ToString();
        await Console.AddEntraAgentAsync("Jin Seo", "en", objectId);
        var complaint = await Console.FileComplaintAsync(language: "en");
        using var http = _entra.BearerClient(_entra.AgentToken(objectId, "Jin Seo"));
        await using var feed = await ConsoleConnection.ConnectAsync(http);
        var queue = await http.GetFromJsonAsync<List<QueueEntry>>(new Uri("/agent/api/queue", UriKind.Relative), AgentJson.Options);
        var handoff = queue!.Single(e => e.ComplaintReference == complaint.Reference);

        using var accepted = await http.PostAsJsonAsync(new Uri($"/agent/api/handoffs/{handoff.Id}/accept", UriKind.Relative), new { });
        await feed.NextAsync(AgentConsoleFeed.QueueEvent, complaint.Reference);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var stored = await Console.StoredAsync(complaint.Reference);
        Assert.Contains(stored!.History, change => change.Actor == "Jin Seo" && change.Note == "Took over the conversation.");
    }

    [Fact]
    public async Task AgentLinkedWithAgentsAdd_HasTheAccountsNameAndLanguages()
    {
        var objectId = Guid.NewGuid().ToString();
        await Console.AddEntraAgentAsync("Sora Lee", "ja,en", objectId);
        using var http = _entra.BearerClient(_entra.AgentToken(objectId, "S. Lee (Contoso)"));

        var session = await http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/session", UriKind.Relative));

        Assert.Equal("Sora Lee", session.GetProperty("name").GetString());
        Assert.Equal(["ja", "en"], session.GetProperty("languages").EnumerateArray().Select(l => l.GetString()));
    }

    [Fact]
    public async Task LocalAgentLinkedToTheirTeamsUser_SignsInWithEntraIdAsThemselves()
    {
        var objectId = Guid.NewGuid().ToString();
        await Console.AddAgentAsync("Ren Abe", "ja");
        using (var error = new StringWriter())
        {
            var exit = await TeamsLinkCommand.RunAsync(Console.Host.Services, ["agents", "link-teams", "Ren Abe", objectId], TextWriter.Null, error);
            Assert.True(exit == 0, error.ToString());
        }

        using var http = _entra.BearerClient(_entra.AgentToken(objectId, "R. Abe"));
        using var local = await Console.SignInAsync("Ren Abe");

        var viaEntra = await http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/session", UriKind.Relative));
        var viaPassword = await local.GetAsync<JsonElement>("/agent/api/session");
        Assert.Equal("Ren Abe", viaEntra.GetProperty("name").GetString());
        Assert.Equal(viaPassword.GetProperty("id").GetString(), viaEntra.GetProperty("id").GetString());
    }

    [Fact]
    public async Task AccountLinkedToEntraId_CannotSignInWithAPassword()
    {
        await Console.AddEntraAgentAsync("Yuna Choi", "ko", Guid.NewGuid().ToString());
        using var client = new AgentClient(Console.Host.Address);
        await client.RefreshTokenAsync();

        using var response = await client.PostAsync("/agent/api/session", new { name = "Yuna Choi", password = string.Empty.PadLeft(12, 'x') });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task LocalAccount_StillSignsInBesideEntraId()
    {
        using var agent = await Console.SignInAsync("Mina Park");

        var session = await agent.GetAsync<JsonElement>("/agent/api/session");
        using var queue = await agent.Http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));

        Assert.Equal("Mina Park", session.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, queue.StatusCode);
    }

    [Fact]
    public async Task Anonymous_IsRefusedEverywhereButTheShell()
    {
        using var http = Console.Host.CreateLoopbackClient();

        using var queue = await http.GetAsync(new Uri("/agent/api/queue", UriKind.Relative));
        using var complaints = await http.GetAsync(new Uri("/agent/api/complaints", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, complaints.StatusCode);
        Assert.Contains(queue.Headers.WwwAuthenticate, header => header.Scheme == "Bearer");
    }

    [Fact]
    public async Task SignInPage_LoadsItsConfigurationAndMsalJs_AndTheConsoleShellAllowsOnlyEntraIdBesideItself()
    {
        using var http = Console.Host.CreateLoopbackClient();

        var options = await http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/sign-in-options", UriKind.Relative));
        using var page = await http.GetAsync(new Uri("/agent/sign-in", UriKind.Relative));
        using var auth = await http.GetAsync(new Uri("/agent/auth.js", UriKind.Relative));
        using var msal = await http.GetAsync(new Uri("/lib/msal-browser.min.js", UriKind.Relative));
        using var shell = await http.GetAsync(new Uri("/agent/", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/agent/console.js", UriKind.Relative));
        using var bridge = await http.GetAsync(new Uri("/agent/redirect", UriKind.Relative));
        using var bridgeScript = await http.GetAsync(new Uri("/lib/msal-redirect-bridge.min.js", UriKind.Relative));

        Assert.True(options.GetProperty("localAccounts").GetBoolean());
        var entra = options.GetProperty("entraId");
        Assert.Equal(EntraConsoleHost.ClientId, entra.GetProperty("clientId").GetString());
        Assert.Equal(_entra.Provider.EntraInstance.AbsoluteUri + EntraConsoleHost.TenantId, entra.GetProperty("authority").GetString());
        Assert.Equal($"api://{EntraConsoleHost.ClientId}/access_as_user", entra.GetProperty("scope").GetString());
        Assert.Contains("/agent/auth.js", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("loginRedirect", await auth.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("PublicClientApplication", await msal.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, shell.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        var entraOrigin = _entra.Provider.EntraInstance.GetLeftPart(UriPartial.Authority);
        var policy = shell.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains($"connect-src 'self' {entraOrigin};", policy, StringComparison.Ordinal);
        Assert.Contains($"frame-src {entraOrigin}", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'self'", bridge.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Contains("broadcastResponseToMainFrame", await bridgeScript.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static TokenSpec Without(TokenSpec spec, string claim)
    {
        spec.Claims.Remove(claim);
        return spec;
    }

    private static TokenSpec Copy(TokenSpec spec, string? issuer = null, string? audience = null, string? keyId = null, DateTime? notBefore = null, DateTime? expires = null) => new()
    {
        Issuer = issuer ?? spec.Issuer,
        Audience = audience ?? spec.Audience,
        Claims = spec.Claims,
        KeyId = keyId ?? spec.KeyId,
        NotBefore = notBefore ?? spec.NotBefore,
        Expires = expires ?? spec.Expires,
    };
}
