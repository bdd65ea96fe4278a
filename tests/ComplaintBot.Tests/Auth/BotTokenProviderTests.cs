using Azure.Core;
using ComplaintBot.Protocol.Auth;
using ComplaintBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ComplaintBot.Tests.Auth;

/// <summary>
/// Outbound tokens. The client-credentials provider talks real MSAL to the local OpenID provider's token endpoint over
/// HTTPS; the managed-identity provider is tested through its <see cref="TokenCredential"/> seam (no managed identity
/// endpoint exists off Azure).
/// </summary>
public sealed class BotTokenProviderTests : IAsyncLifetime
{
    private const string AppId = AuthenticatedBotFixture.AppId;
    private LocalOpenIdProvider _provider = null!;
    private ServiceProvider _httpClients = null!;

    public async Task InitializeAsync()
    {
        _provider = await LocalOpenIdProvider.StartAsync();
        var services = new ServiceCollection();
        services.AddHttpClient(ClientCredentialsBotTokenProvider.HttpClientName).ConfigurePrimaryHttpMessageHandler(_provider.CreateTrustingHandler);
        _httpClients = services.BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _httpClients.DisposeAsync();
        await _provider.DisposeAsync();
    }

    [Fact]
    public async Task ClientCredentials_MultiTenant_AsksTheBotFrameworkTenantForTheDefaultScope()
    {
        using var tokens = ClientCredentials(BotAppType.MultiTenant, "botframework.com");

        var token = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(token));
        var request = Assert.Single(_provider.TokenRequests);
        Assert.Equal(("client_credentials", AppId, "https://api.botframework.com/.default", "botframework.com"), (request["grant_type"], request["client_id"], request["scope"], request["tenant"]));
    }

    [Fact]
    public async Task ClientCredentials_TokenIsReusedUntilItNearsExpiry()
    {
        using var tokens = ClientCredentials(BotAppType.SingleTenant, AuthenticatedBotFixture.TenantId);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(first, second);
        Assert.Single(_provider.TokenRequests);
    }

    [Fact]
    public async Task ClientCredentials_TokenWithinTheRefreshMargin_IsRenewedBeforeItExpires()
    {
        _provider.AccessTokenLifetime = CachedAccessToken.RefreshMargin - TimeSpan.FromMinutes(1);
        using var tokens = ClientCredentials(BotAppType.SingleTenant, AuthenticatedBotFixture.TenantId);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(2, _provider.TokenRequests.Count);
    }

    [Fact]
    public async Task ClientCredentials_ConcurrentCallersOnAColdCache_ShareOneRequest()
    {
        using var tokens = ClientCredentials(BotAppType.SingleTenant, AuthenticatedBotFixture.TenantId);

        var all = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => tokens.GetTokenAsync(CancellationToken.None).AsTask()));

        Assert.Single(all.Distinct());
        Assert.Single(_provider.TokenRequests);
    }

    [Fact]
    public async Task ManagedIdentity_AsksForTheDefaultScope_AndReusesTheTokenUntilItNearsExpiry()
    {
        var credential = new Mock<TokenCredential>();
        credential.Setup(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("msi-token", DateTimeOffset.UtcNow.AddHours(1)));
        using var tokens = new ManagedIdentityBotTokenProvider(credential.Object, "https://api.botframework.com/.default", TimeProvider.System);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("msi-token", "msi-token"), (first, second));
        credential.Verify(c => c.GetTokenAsync(It.Is<TokenRequestContext>(r => r.Scopes.SequenceEqual(new[] { "https://api.botframework.com/.default" })), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ManagedIdentity_TokenWithinTheRefreshMargin_IsRenewed()
    {
        var credential = new Mock<TokenCredential>();
        credential.SetupSequence(c => c.GetTokenAsync(It.IsAny<TokenRequestContext>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AccessToken("old", DateTimeOffset.UtcNow.AddMinutes(4)))
            .ReturnsAsync(new AccessToken("new", DateTimeOffset.UtcNow.AddHours(1)));
        using var tokens = new ManagedIdentityBotTokenProvider(credential.Object, "https://api.botframework.com/.default", TimeProvider.System);

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("old", "new"), (first, second));
    }

    private ClientCredentialsBotTokenProvider ClientCredentials(BotAppType appType, string tenant)
    {
        var options = new BotAuthenticationOptions
        {
            MicrosoftAppType = appType.ToString(),
            MicrosoftAppId = AppId,
            MicrosoftAppPassword = "test-secret-not-real",
            MicrosoftAppTenantId = appType == BotAppType.SingleTenant ? tenant : null,
            ToChannelFromBotLoginUrl = _provider.TokenAuthority(tenant).AbsoluteUri,
        };
        return new ClientCredentialsBotTokenProvider(options, new MsalHttpClientFactory(_httpClients.GetRequiredService<IHttpClientFactory>()), TimeProvider.System);
    }
}
