namespace ComplaintBot.Protocol.Connector;

public static class ConnectorFailureExtensions
{
    /// <summary>
    /// Whether trying the same call again later cannot help: the bot is blocked or not in the roster (403), the
    /// conversation is gone (404), the request is wrong (other 4xx), or the service URL is not trusted.
    /// </summary>
    public static bool IsPermanent(this ConnectorFailure failure) => failure is
        ConnectorFailure.Forbidden or ConnectorFailure.NotFound or ConnectorFailure.Rejected or ConnectorFailure.UntrustedServiceUrl;
}
