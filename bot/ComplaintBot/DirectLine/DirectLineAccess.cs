using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintBot.DirectLine;

/// <summary>
/// Who may do what on the embedded Direct Line. A conversation token opens its own conversation only; the
/// configured secret (a website's backend) opens any. <c>tokens/generate</c> is open when no secret is configured,
/// and always to the bot's own chat page (a same-origin request, which a browser never lets another site forge).
/// </summary>
public sealed class DirectLineAccess
{
    private readonly DirectLineTokenService _tokens;
    private readonly byte[]? _secret;

    public DirectLineAccess(IOptions<DirectLineOptions> options, DirectLineTokenService tokens)
    {
        ArgumentNullException.ThrowIfNull(options);
        _tokens = tokens;
        _secret = string.IsNullOrEmpty(options.Value.Secret) ? null : Encoding.UTF8.GetBytes(options.Value.Secret);
    }

    public static string? Bearer(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers.Authorization.ToString();
        return header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..].Trim() : null;
    }

    public bool IsSecret(string? bearer) =>
        _secret is not null && bearer is not null && CryptographicOperations.FixedTimeEquals(_secret, Encoding.UTF8.GetBytes(bearer));

    /// <summary>Whether the request may have a token for a new conversation; null when it may, else the refusal.</summary>
    public IResult? RefuseTokenGeneration(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (_secret is null || IsSecret(Bearer(request)) || request.Headers["Sec-Fetch-Site"] == "same-origin")
        {
            return null;
        }

        return Bearer(request) is null
            ? DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line secret is required.")
            : DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "The Direct Line secret is not valid.");
    }

    /// <summary>Checks the request's conversation token; a refusal (401 missing or forged, 403 expired) or the grant.</summary>
    public async Task<(DirectLineTokenGrant? Grant, IResult? Refusal)> CheckTokenAsync(string? token)
    {
        if (token is null)
        {
            return (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "A Direct Line token is required."));
        }

        var check = await _tokens.CheckAsync(token, DirectLineTokenScope.Conversation);
        return check.Status switch
        {
            DirectLineTokenStatus.Valid => (check.Grant, null),
            DirectLineTokenStatus.Expired => (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The token has expired.")),
            _ => (null, DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "The token is not valid.")),
        };
    }

    /// <summary>
    /// The grant for acting in a conversation: the request's token must be for it, or the request carries the
    /// secret (then it acts as the conversation's user). Refusals in the order a caller may learn them: 401/403
    /// before 404, so a stranger cannot probe which conversations exist.
    /// </summary>
    public async Task<(DirectLineTokenGrant? Grant, IResult? Refusal)> ForConversationAsync(
        HttpRequest request, string conversationId, IDirectLineStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var bearer = Bearer(request);
        DirectLineTokenGrant? grant = null;
        if (!IsSecret(bearer))
        {
            (grant, var refusal) = await CheckTokenAsync(bearer);
            if (refusal is not null)
            {
                return (null, refusal);
            }

            if (grant!.ConversationId != conversationId)
            {
                return (null, DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "The token is for another conversation."));
            }
        }

        var conversation = await store.FindAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return (null, DirectLineError.Result(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist."));
        }

        return (grant ?? new DirectLineTokenGrant(conversation.Id, conversation.UserId), null);
    }
}
