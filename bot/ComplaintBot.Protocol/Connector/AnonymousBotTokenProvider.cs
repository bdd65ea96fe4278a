namespace ComplaintBot.Protocol.Connector;

/// <summary>The token provider while authentication is disabled: requests go out without a token.</summary>
public sealed class AnonymousBotTokenProvider : IBotTokenProvider
{
    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
