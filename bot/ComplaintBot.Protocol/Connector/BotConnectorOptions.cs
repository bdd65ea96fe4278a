namespace ComplaintBot.Protocol.Connector;

/// <summary>Settings of the outbound connector (configuration section <c>BotConnector</c>).</summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>Service URLs trusted with the bot's token before any activity arrived from them (e.g. for proactive messages).</summary>
    public IList<string> TrustedServiceUrls { get; } = [];

    /// <summary>Retries after the first attempt, for 429, 412, 502, 503, 504, timeouts and connection failures.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay; it doubles with each retry, with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>No backoff delay is longer than this.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>A 429 whose Retry-After asks for a longer wait is not retried (it surfaces as <see cref="ConnectorFailure.Throttled"/>).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long one attempt may take before it counts as a timeout.</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
