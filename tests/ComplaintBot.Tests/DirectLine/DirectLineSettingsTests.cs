using System.Net;
using ComplaintBot.Tests.Hosting;

namespace ComplaintBot.Tests.DirectLine;

/// <summary>The Direct Line switches: off when Azure's Direct Line is used, and a secret for websites' backends.</summary>
public sealed class DirectLineSettingsTests
{
    private const string Secret = "a-direct-line-secret-for-tests";

    [Fact]
    public async Task Disabled_DirectLineAndChatPage_Are404()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["DirectLine:Enabled"] = "false" });
        using var http = host.CreateLoopbackClient();

        using var generate = await http.PostAsync(new Uri("/v3/directline/tokens/generate", UriKind.Relative), null);
        using var page = await http.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, generate.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task WithSecret_TokenGeneration_NeedsTheSecret()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        using var client = new DirectLineTestClient(host.Address);

        using var anonymous = await client.SendAsync(HttpMethod.Post, "tokens/generate", bearer: null);
        using var wrong = await client.SendAsync(HttpMethod.Post, "tokens/generate", bearer: "not-the-secret");
        using var right = await client.SendAsync(HttpMethod.Post, "tokens/generate", Secret, new { user = new { id = "dl_customer-7" } });

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        var token = (await DirectLineTestClient.JsonOf(right)).GetProperty("token").GetString()!;
        using var start = await client.SendAsync(HttpMethod.Post, "conversations", token);
        Assert.Equal(HttpStatusCode.Created, start.StatusCode);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task WithSecret_TheBotsOwnPage_StillGetsTokens()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret });
        using var http = host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/v3/directline/tokens/generate", UriKind.Relative));
        request.Headers.Add("Sec-Fetch-Site", "same-origin");

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task ConfiguredSigningKey_ThatIsTooShort_StopsTheHostAtStart()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["DirectLine:TokenSigningKey"] = Convert.ToBase64String(new byte[16]) });

        var failure = Assert.ThrowsAny<Exception>(() => host.Address);

        Assert.Contains("DirectLine:TokenSigningKey must be base64 of at least 32 bytes", failure.ToString(), StringComparison.Ordinal);
        host.DeleteDataDirectory();
    }
}
