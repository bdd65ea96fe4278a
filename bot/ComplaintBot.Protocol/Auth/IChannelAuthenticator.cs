using System.Security.Claims;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Auth;

/// <summary>Decides whether an inbound activity really comes from a Bot Framework channel.</summary>
public interface IChannelAuthenticator
{
    /// <summary>
    /// Validates the request's <c>Authorization</c> header against the activity. Returns the caller's identity
    /// (an anonymous one when authentication is disabled and no header was sent).
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">The request is not authentic.</exception>
    Task<ClaimsIdentity> AuthenticateAsync(string? authorizationHeader, Activity activity, CancellationToken cancellationToken);
}
