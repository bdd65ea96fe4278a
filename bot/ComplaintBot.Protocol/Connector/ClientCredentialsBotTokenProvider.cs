using ComplaintBot.Protocol.Auth;
using Microsoft.Identity.Client;

namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// Tokens for MultiTenant and SingleTenant bots: MSAL's client-credentials flow with the app id and password, from the
/// <c>botframework.com</c> authority (MultiTenant) or the bot's tenant (SingleTenant), for
/// <c>{ToChannelFromBotOAuthScope}/.default</c>. MSAL keeps the token cache; <see cref="CachedAccessToken"/> makes the
/// renewal single-flight.
/// </summary>
public sealed class ClientCredentialsBotTokenProvider : IBotTokenProvider, IDisposable
{
    public const string HttpClientName = "BotTokens";

    private readonly IConfidentialClientApplication _application;
    private readonly string[] _scopes;
    private readonly CachedAccessToken _token;

    public ClientCredentialsBotTokenProvider(BotAuthenticationOptions options, IMsalHttpClientFactory httpClients, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        var authority = options.GetLoginAuthority();
        var builder = ConfidentialClientApplicationBuilder.Create(options.MicrosoftAppId)
            .WithClientSecret(options.MicrosoftAppPassword)
            .WithAuthority(authority.AbsoluteUri, validateAuthority: !authority.IsLoopback)
            .WithHttpClientFactory(httpClients);
        if (authority.IsLoopback)
        {
            builder = builder.WithInstanceDiscovery(false);
        }

        _application = builder.Build();
        _scopes = [options.GetDefaultScope()];
        _token = new CachedAccessToken(AcquireAsync, time);
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
        => await _token.GetAsync(cancellationToken).ConfigureAwait(false);

    public void Dispose() => _token.Dispose();

    private async Task<(string Token, DateTimeOffset ExpiresOn)> AcquireAsync(CancellationToken cancellationToken)
    {
        var result = await _application.AcquireTokenForClient(_scopes).ExecuteAsync(cancellationToken).ConfigureAwait(false);
        return (result.AccessToken, result.ExpiresOn);
    }
}
