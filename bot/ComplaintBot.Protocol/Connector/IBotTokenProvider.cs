namespace ComplaintBot.Protocol.Connector;

/// <summary>The bearer token the bot sends to the Bot Connector API.</summary>
public interface IBotTokenProvider
{
    /// <summary>A current access token, or null when authentication is disabled (no token is sent).</summary>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);
}
