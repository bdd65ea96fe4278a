using System.Net;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Tests.Auth;

/// <summary>The 401 matrix over real HTTP: the real host, a local OpenID provider, and a stub channel that must stay silent.</summary>
public sealed class InboundAuthenticationTests : IClassFixture<AuthenticatedBotFixture>
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private readonly AuthenticatedBotFixture _bot;

    public InboundAuthenticationTests(AuthenticatedBotFixture bot)
    {
        _bot = bot;
    }

    private LocalOpenIdProvider Provider => _bot.Provider;

    private string ServiceUrl => _bot.Channel.ServiceUrl.AbsoluteUri;

    [Theory]
    [InlineData(SecurityAlgorithms.RsaSha256)]
    [InlineData(SecurityAlgorithms.RsaSha384)]
    [InlineData(SecurityAlgorithms.RsaSha512)]
    public async Task ChannelToken_Valid_IsAcceptedAndAnswered(string algorithm)
    {
        var conversation = NewConversation();
        var token = Provider.CreateChannelToken(AppId, ServiceUrl, algorithm: algorithm);

        using var response = await AuthenticatedBotFixture.PostMessageAsync(_bot.Host, "Bearer " + token, conversation, ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var calls = _bot.CallsFor(conversation);
        Assert.NotEmpty(calls);
        var reply = calls[0];
        Assert.Equal("POST", reply.Method);
        Assert.StartsWith("Bearer ey", reply.Authorization, StringComparison.Ordinal);
        var tokenRequest = Assert.Single(Provider.TokenRequests);
        Assert.Equal("client_credentials", tokenRequest["grant_type"]);
        Assert.Equal(AppId, tokenRequest["client_id"]);
        Assert.Equal("present", tokenRequest["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", tokenRequest["scope"]);
        Assert.Equal(AuthenticatedBotFixture.TenantId, tokenRequest["tenant"]);
    }

    [Fact]
    public async Task ChannelToken_ServiceUrlDiffersOnlyInCase_IsAccepted()
    {
        var conversation = NewConversation();
        var token = Provider.CreateChannelToken(AppId, ServiceUrl.ToUpperInvariant().Replace("HTTP://", "http://", StringComparison.Ordinal));

        using var response = await AuthenticatedBotFixture.PostMessageAsync(_bot.Host, "Bearer " + token, conversation, ServiceUrl);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("wrong issuer")]
    [InlineData("wrong audience")]
    [InlineData("expired")]
    [InlineData("not yet valid")]
    [InlineData("bad signature")]
    [InlineData("alg none")]
    [InlineData("HS256 with the public key as secret")]
    [InlineData("unknown kid")]
    [InlineData("serviceurl mismatch")]
    [InlineData("no serviceurl claim")]
    [InlineData("unendorsed channel")]
    [InlineData("key without endorsements")]
    [InlineData("missing header")]
    [InlineData("malformed header")]
    [InlineData("not a bearer scheme")]
    [InlineData("emulator token for another app")]
    [InlineData("emulator token from another tenant")]
    public async Task Request_NotAuthentic_Is401AndNothingIsProcessed(string flaw)
    {
        var conversation = NewConversation();
        var channelId = flaw == "unendorsed channel" ? "slack" : "msteams";
        var authorization = flaw switch
        {
            "wrong issuer" => Bearer(new TokenSpec { Issuer = "https://evil.example", Audience = AppId, Claims = ServiceUrlClaim() }),
            "wrong audience" => "Bearer " + Provider.CreateChannelToken("another-app", ServiceUrl),
            "expired" => Bearer(ChannelSpec(DateTime.UtcNow.AddHours(-2), DateTime.UtcNow.AddMinutes(-10))),
            "not yet valid" => Bearer(ChannelSpec(DateTime.UtcNow.AddMinutes(10), DateTime.UtcNow.AddHours(1))),
            "bad signature" => "Bearer " + Tamper(Provider.CreateChannelToken(AppId, ServiceUrl)),
            "alg none" => "Bearer " + Provider.CreateUnsignedChannelToken(AppId, ServiceUrl),
            "HS256 with the public key as secret" => "Bearer " + Provider.CreateChannelTokenSignedWithPublicKeyAsSecret(AppId, ServiceUrl),
            "unknown kid" => "Bearer " + Provider.CreateChannelToken(AppId, ServiceUrl, keyId: LocalOpenIdProvider.UnpublishedKeyId),
            "serviceurl mismatch" => "Bearer " + Provider.CreateChannelToken(AppId, "https://smba.trafficmanager.net/teams/"),
            "no serviceurl claim" => Bearer(new TokenSpec { Issuer = "https://api.botframework.com", Audience = AppId }),
            "unendorsed channel" => "Bearer " + Provider.CreateChannelToken(AppId, ServiceUrl),
            "key without endorsements" => "Bearer " + Provider.CreateChannelToken(AppId, ServiceUrl, keyId: LocalOpenIdProvider.EntraKeyId),
            "missing header" => null,
            "malformed header" => "Bearer not.a-jwt",
            "not a bearer scheme" => "Basic " + Provider.CreateChannelToken(AppId, ServiceUrl),
            "emulator token for another app" => Bearer(EmulatorSpec("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "2.0", "azp", "another-app")),
            "emulator token from another tenant" => Bearer(EmulatorSpec("https://login.microsoftonline.com/9c1a7b3e-0000-4000-8000-000000000000/v2.0", "2.0", "azp", AppId)),
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };

        using var response = await AuthenticatedBotFixture.PostMessageAsync(_bot.Host, authorization, conversation, ServiceUrl, channelId);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentLength ?? 0);
        Assert.Empty(_bot.CallsFor(conversation));
    }

    [Theory]
    [InlineData("https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/", "1.0", "appid")]
    [InlineData("https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0", "2.0", "azp")]
    [InlineData("https://login.microsoftonline.com/" + AuthenticatedBotFixture.TenantId + "/v2.0", "2.0", "azp")]
    [InlineData("https://sts.windows.net/" + AuthenticatedBotFixture.TenantId + "/", "1.0", "appid")]
    public async Task EmulatorToken_ForThisApp_IsAccepted(string issuer, string version, string appIdClaim)
    {
        var conversation = NewConversation();

        using var response = await AuthenticatedBotFixture.PostMessageAsync(
            _bot.Host, Bearer(EmulatorSpec(issuer, version, appIdClaim, AppId)), conversation, ServiceUrl, "emulator");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(_bot.CallsFor(conversation));
    }

    private static string NewConversation() => "a:" + Guid.NewGuid().ToString("N");

    private static string Tamper(string token)
    {
        var signatureStart = token.LastIndexOf('.') + 1;
        var chars = token.ToCharArray();
        var i = signatureStart + 10;
        chars[i] = chars[i] == 'A' ? 'B' : 'A';
        return new string(chars);
    }

    private string Bearer(TokenSpec spec) => "Bearer " + Provider.CreateToken(spec);

    private Dictionary<string, object> ServiceUrlClaim() => new() { ["serviceurl"] = ServiceUrl };

    private TokenSpec ChannelSpec(DateTime notBefore, DateTime expires) => new()
    {
        Issuer = "https://api.botframework.com",
        Audience = AppId,
        Claims = ServiceUrlClaim(),
        NotBefore = notBefore,
        Expires = expires,
    };

    private static TokenSpec EmulatorSpec(string issuer, string version, string appIdClaim, string appId) => new()
    {
        Issuer = issuer,
        Audience = AppId,
        Claims = new Dictionary<string, object> { ["ver"] = version, [appIdClaim] = appId },
        KeyId = LocalOpenIdProvider.EntraKeyId,
    };
}
