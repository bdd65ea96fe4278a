using System.Security.Claims;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// Authenticates inbound activities as the SDK does. No header is accepted only while authentication is disabled (no
/// <c>MicrosoftAppId</c>); a header that is present is always validated. Bot Framework channel tokens: issuer
/// <c>https://api.botframework.com</c>, audience = app id, RS256/384/512, 5-minute skew, <c>serviceurl</c> = the
/// activity's service URL (ignoring case), and a signing key endorsed for the activity's channel. Emulator / Entra ID
/// tokens: the SDK's issuers (plus the bot's own tenant), audience = app id, and <c>appid</c> (v1) or <c>azp</c> (v2) =
/// app id. Signing keys come from OpenID metadata through <see cref="SigningKeySource"/>: cached by IdentityModel, and
/// fetched again (at most every five minutes) when a token names an unknown key.
/// Every refusal is an <see cref="UnauthorizedAccessException"/> whose message names no token content.
/// </summary>
public sealed partial class BotFrameworkAuthenticator : IChannelAuthenticator
{
    public const string HttpClientName = "BotAuthentication";

    private const string BearerScheme = "Bearer ";

    private readonly BotAuthenticationOptions _options;
    private readonly SigningKeySource _channelKeys;
    private readonly SigningKeySource _emulatorKeys;
    private readonly HashSet<string> _emulatorIssuers;
    private readonly string[] _emulatorAudiences;
    private readonly JsonWebTokenHandler _handler = new();
    private readonly ILogger<BotFrameworkAuthenticator> _logger;

    public BotFrameworkAuthenticator(IOptions<BotAuthenticationOptions> options, IHttpClientFactory httpClients, TimeProvider time, ILogger<BotFrameworkAuthenticator> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClients);
        ArgumentNullException.ThrowIfNull(time);
        _options = options.Value;
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _channelKeys = CreateKeySource(_options.GetChannelOpenIdMetadataUrl(), httpClients, time);
        _emulatorKeys = CreateKeySource(_options.GetEmulatorOpenIdMetadataUrl(), httpClients, time);
        _emulatorIssuers = new HashSet<string>(AuthenticationConstants.EmulatorIssuers, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(_options.MicrosoftAppTenantId))
        {
            var tenant = _options.MicrosoftAppTenantId.Trim();
            _emulatorIssuers.Add($"https://sts.windows.net/{tenant}/");
            _emulatorIssuers.Add($"https://login.microsoftonline.com/{tenant}/v2.0");
        }

        var appId = _options.MicrosoftAppId?.Trim() ?? string.Empty;
        _emulatorAudiences = [appId, $"api://{appId}"];
    }

    public async Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationDisabled
                ? new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType)
                : throw new UnauthorizedAccessException("No Authorization header.");
        }

        if (_options.IsAuthenticationDisabled)
        {
            throw new UnauthorizedAccessException("A token was sent, but no MicrosoftAppId is configured to validate it against.");
        }

        var token = ReadBearerToken(authorizationHeader);
        if (token.Issuer == AuthenticationConstants.BotFrameworkIssuer)
        {
            return await ValidateChannelTokenAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }

        if (_emulatorIssuers.Contains(token.Issuer))
        {
            return await ValidateEmulatorTokenAsync(token, activity, cancellationToken).ConfigureAwait(false);
        }

        throw new UnauthorizedAccessException("The token's issuer is not accepted.");
    }

    private static SigningKeySource CreateKeySource(Uri metadataUrl, IHttpClientFactory httpClients, TimeProvider time)
        => new(metadataUrl, new HttpDocumentRetriever(httpClients.CreateClient(HttpClientName)) { RequireHttps = !metadataUrl.IsLoopback }, time);

    private JsonWebToken ReadBearerToken(string authorizationHeader)
    {
        if (!authorizationHeader.StartsWith(BearerScheme, StringComparison.Ordinal))
        {
            throw new UnauthorizedAccessException("The Authorization header is not a bearer token.");
        }

        var raw = authorizationHeader[BearerScheme.Length..].Trim();
        if (!_handler.CanReadToken(raw))
        {
            throw new UnauthorizedAccessException("The bearer token is malformed.");
        }

        try
        {
            return _handler.ReadJsonWebToken(raw);
        }
        catch (ArgumentException)
        {
            throw new UnauthorizedAccessException("The bearer token is malformed.");
        }
    }

    private async Task<ClaimsIdentity> ValidateChannelTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (identity, keys, keyId) = await ValidateSignatureAndClaimsAsync(
            token, _channelKeys, [AuthenticationConstants.BotFrameworkIssuer], [_options.MicrosoftAppId!.Trim()], cancellationToken).ConfigureAwait(false);
        RequireEndorsement(keys, keyId, activity.ChannelId, keyWithoutEndorsementsAccepted: false);

        var serviceUrl = identity.FindFirst(AuthenticationConstants.ServiceUrlClaim)?.Value;
        if (string.IsNullOrEmpty(serviceUrl))
        {
            throw new UnauthorizedAccessException("The token has no serviceurl claim.");
        }

        if (activity.ServiceUrl is not null && !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.OrdinalIgnoreCase))
        {
            throw new UnauthorizedAccessException("The token's serviceurl does not match the activity's.");
        }

        return identity;
    }

    private async Task<ClaimsIdentity> ValidateEmulatorTokenAsync(JsonWebToken token, Activity activity, CancellationToken cancellationToken)
    {
        var (identity, keys, keyId) = await ValidateSignatureAndClaimsAsync(token, _emulatorKeys, _emulatorIssuers, _emulatorAudiences, cancellationToken).ConfigureAwait(false);
        RequireEndorsement(keys, keyId, activity.ChannelId, keyWithoutEndorsementsAccepted: true);

        var version = identity.FindFirst(AuthenticationConstants.VersionClaim)?.Value
            ?? throw new UnauthorizedAccessException("The token has no ver claim.");
        var appIdClaim = version switch
        {
            "" or "1.0" => AuthenticationConstants.AppIdClaim,
            "2.0" => AuthenticationConstants.AuthorizedPartyClaim,
            _ => throw new UnauthorizedAccessException("The token's version is not accepted."),
        };
        if (identity.FindFirst(appIdClaim)?.Value != _options.MicrosoftAppId!.Trim())
        {
            throw new UnauthorizedAccessException("The token was not issued to this bot.");
        }

        return identity;
    }

    private async Task<(ClaimsIdentity Identity, SigningKeyMetadata Keys, string? KeyId)> ValidateSignatureAndClaimsAsync(
        JsonWebToken token, SigningKeySource keySource, IEnumerable<string> issuers, IEnumerable<string> audiences, CancellationToken cancellationToken)
    {
        var keys = await GetKeysAsync(keySource, cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(token.Kid) && !keys.HasKey(token.Kid) && keySource.TryRefresh())
        {
            keys = await GetKeysAsync(keySource, cancellationToken).ConfigureAwait(false);
        }

        var result = await _handler.ValidateTokenAsync(token.EncodedToken, new TokenValidationParameters
        {
            ValidIssuers = issuers,
            ValidAudiences = audiences,
            IssuerSigningKeys = keys.SigningKeys,
            ValidAlgorithms = AuthenticationConstants.AllowedSigningAlgorithms,
            ClockSkew = AuthenticationConstants.ClockSkew,
            RequireSignedTokens = true,
            RequireExpirationTime = true,
            ValidateLifetime = true,
            ValidateIssuerSigningKey = true,
            TryAllIssuerSigningKeys = false,
        }).ConfigureAwait(false);

        if (!result.IsValid)
        {
            throw new UnauthorizedAccessException($"The token is not valid ({result.Exception?.GetType().Name ?? "unknown reason"}).");
        }

        return (result.ClaimsIdentity, keys, result.SecurityToken.SigningKey?.KeyId);
    }

    private async Task<SigningKeyMetadata> GetKeysAsync(SigningKeySource keySource, CancellationToken cancellationToken)
    {
        try
        {
            return await keySource.GetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException ex)
        {
            LogKeysUnavailable(_logger, keySource.MetadataAddress, ex);
            throw new UnauthorizedAccessException("The signing keys are unavailable.");
        }
    }

    /// <summary>
    /// A key that publishes endorsements must list the activity's channel (an activity without a channel id passes, as
    /// in the SDK). A key without endorsements signs only Emulator / Entra ID tokens.
    /// </summary>
    private static void RequireEndorsement(SigningKeyMetadata keys, string? keyId, string? channelId, bool keyWithoutEndorsementsAccepted)
    {
        if (keyId is not null && keys.TryGetEndorsements(keyId, out var endorsedChannels))
        {
            if (!string.IsNullOrEmpty(channelId) && !endorsedChannels.Contains(channelId, StringComparer.Ordinal))
            {
                throw new UnauthorizedAccessException("The signing key is not endorsed for the activity's channel.");
            }

            return;
        }

        if (!keyWithoutEndorsementsAccepted)
        {
            throw new UnauthorizedAccessException("The signing key has no endorsements.");
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The signing keys at {MetadataAddress} could not be read; tokens are refused until they can")]
    private static partial void LogKeysUnavailable(ILogger logger, string metadataAddress, Exception exception);
}
