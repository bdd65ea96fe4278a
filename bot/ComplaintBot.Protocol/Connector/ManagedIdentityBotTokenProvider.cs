using Azure.Core;
using Azure.Identity;
using ComplaintBot.Protocol.Auth;

namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// Tokens for UserAssignedMSI bots: the managed identity whose client id is the app id (Azure.Identity's
/// <c>ManagedIdentityCredential</c>, given here as its <see cref="TokenCredential"/>), for <c>{scope}/.default</c>.
/// </summary>
public sealed class ManagedIdentityBotTokenProvider : IBotTokenProvider, IDisposable
{
    private readonly TokenCredential _credential;
    private readonly TokenRequestContext _request;
    private readonly CachedAccessToken _token;

    public ManagedIdentityBotTokenProvider(TokenCredential credential, string scope, TimeProvider time)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(scope);
        _credential = credential ?? throw new ArgumentNullException(nameof(credential));
        _request = new TokenRequestContext([scope]);
        _token = new CachedAccessToken(AcquireAsync, time);
    }

    /// <summary>The provider for the user-assigned managed identity whose client id is <c>MicrosoftAppId</c>.</summary>
    public static ManagedIdentityBotTokenProvider ForUserAssignedIdentity(BotAuthenticationOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credential = new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(options.MicrosoftAppId));
        return new ManagedIdentityBotTokenProvider(credential, options.GetDefaultScope(), time);
    }

    public async ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken)
        => await _token.GetAsync(cancellationToken).ConfigureAwait(false);

    public void Dispose() => _token.Dispose();

    private async Task<(string Token, DateTimeOffset ExpiresOn)> AcquireAsync(CancellationToken cancellationToken)
    {
        var token = await _credential.GetTokenAsync(_request, cancellationToken).ConfigureAwait(false);
        return (token.Token, token.ExpiresOn);
    }
}
