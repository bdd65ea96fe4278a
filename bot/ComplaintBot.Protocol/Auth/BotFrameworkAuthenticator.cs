using System.Security.Claims;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// Authenticates inbound activities as the SDK does: no header is accepted only while authentication is disabled
/// (no <c>MicrosoftAppId</c>), and a header that is present is always validated.
/// </summary>
public sealed class BotFrameworkAuthenticator : IChannelAuthenticator
{
    private readonly BotAuthenticationOptions _options;

    public BotFrameworkAuthenticator(IOptions<BotAuthenticationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options.Value;
    }

    public Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrWhiteSpace(authorizationHeader))
        {
            return _options.IsAuthenticationDisabled
                ? Task.FromResult(new ClaimsIdentity([], AuthenticationConstants.AnonymousAuthType))
                : throw new UnauthorizedAccessException("No Authorization header.");
        }

        throw new UnauthorizedAccessException("The token could not be validated.");
    }
}
