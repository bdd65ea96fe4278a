using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.DirectLine;

/// <summary>
/// Issues and checks the bot's own Direct Line tokens: HMAC-signed JWTs bound to one conversation and one user,
/// with an expiry taken from the host's <see cref="TimeProvider"/>.
/// </summary>
public sealed class DirectLineTokenService
{
    public const string Issuer = "complaintbot/directline";
    public const string ConversationClaim = "conv";

    /// <summary>DirectLineJS reads the user id from this claim to start the conversation as that user.</summary>
    public const string UserClaim = "user";

    public const string ScopeClaim = "scp";

    private readonly JsonWebTokenHandler _handler = new() { SetDefaultTimesOnTokenCreation = false };
    private readonly SymmetricSecurityKey _key;
    private readonly TimeProvider _time;
    private readonly TimeSpan _tokenLifetime;
    private readonly TimeSpan _streamUrlLifetime;

    public DirectLineTokenService(SymmetricSecurityKey key, TimeProvider time, TimeSpan tokenLifetime, TimeSpan streamUrlLifetime)
    {
        _key = key ?? throw new ArgumentNullException(nameof(key));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _tokenLifetime = tokenLifetime;
        _streamUrlLifetime = streamUrlLifetime;
    }

    /// <summary>A conversation token's lifetime in whole seconds (<c>expires_in</c>).</summary>
    public int TokenLifetimeSeconds => (int)_tokenLifetime.TotalSeconds;

    public IssuedToken Issue(DirectLineTokenGrant grant, DirectLineTokenScope scope = DirectLineTokenScope.Conversation)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var lifetime = scope == DirectLineTokenScope.Stream ? _streamUrlLifetime : _tokenLifetime;
        var now = _time.GetUtcNow().UtcDateTime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            Claims = new Dictionary<string, object>
            {
                [ConversationClaim] = grant.ConversationId,
                [UserClaim] = grant.UserId,
                [ScopeClaim] = ScopeName(scope),
            },
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return new IssuedToken(_handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }

    /// <summary>Checks signature, issuer, scope and expiry; an expired token is told apart from a forged one.</summary>
    public async Task<DirectLineTokenCheck> CheckAsync(string? token, DirectLineTokenScope scope)
    {
        if (string.IsNullOrEmpty(token) || !_handler.CanReadToken(token))
        {
            return DirectLineTokenCheck.Invalid;
        }

        var parameters = new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = _key,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Expiry is checked below against the host's clock, not the machine's.
            ValidateLifetime = false,
            RequireExpirationTime = true,
        };
        var result = await _handler.ValidateTokenAsync(token, parameters);
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt)
        {
            return DirectLineTokenCheck.Invalid;
        }

        if (!jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId)
            || !jwt.TryGetPayloadValue<string>(UserClaim, out var userId)
            || !jwt.TryGetPayloadValue<string>(ScopeClaim, out var scopeName)
            || scopeName != ScopeName(scope))
        {
            return DirectLineTokenCheck.Invalid;
        }

        return _time.GetUtcNow().UtcDateTime >= jwt.ValidTo
            ? DirectLineTokenCheck.Expired
            : new DirectLineTokenCheck(DirectLineTokenStatus.Valid, new DirectLineTokenGrant(conversationId, userId));
    }

    /// <summary>The identity a checked grant gives the bot's turn.</summary>
    public static ClaimsIdentity Identity(DirectLineTokenGrant grant)
    {
        ArgumentNullException.ThrowIfNull(grant);
        return new ClaimsIdentity(
            [new Claim(ConversationClaim, grant.ConversationId), new Claim(UserClaim, grant.UserId)],
            authenticationType: Issuer);
    }

    private static string ScopeName(DirectLineTokenScope scope) => scope == DirectLineTokenScope.Stream ? "stream" : "conversation";
}
