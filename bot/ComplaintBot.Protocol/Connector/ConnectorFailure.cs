namespace ComplaintBot.Protocol.Connector;

/// <summary>Why a connector call failed, in terms the caller can act on.</summary>
public enum ConnectorFailure
{
    /// <summary>403: the user blocked the bot, the bot is not in the roster, or is disabled. Stop sending to this conversation.</summary>
    Forbidden,

    /// <summary>404: the conversation or activity is gone.</summary>
    NotFound,

    /// <summary>429 and still throttled after honouring Retry-After.</summary>
    Throttled,

    /// <summary>5xx, 412 or a timeout that persisted through the retries: try again later.</summary>
    Unavailable,

    /// <summary>Any other 4xx: the request itself is wrong; retrying will not help.</summary>
    Rejected,

    /// <summary>The service URL is not one the bot trusts with its token.</summary>
    UntrustedServiceUrl,
}
