using ComplaintBot.Protocol.Connector;

namespace ComplaintBot.DirectLine;

/// <summary>
/// Wraps the host's connector factory: the embedded Direct Line's service URL gets the in-process client, every
/// other service URL the wrapped (HTTP) one.
/// </summary>
public sealed class DirectLineConnectorClientFactory : IConnectorClientFactory
{
    private readonly IConnectorClientFactory _inner;
    private readonly DirectLineConnectorClient _directLine;

    public DirectLineConnectorClientFactory(IConnectorClientFactory inner, DirectLineConnectorClient directLine)
    {
        _inner = inner;
        _directLine = directLine;
    }

    public IConnectorClient Create(string serviceUrl) =>
        DirectLineChannel.IsServiceUrl(serviceUrl) ? _directLine : _inner.Create(serviceUrl);
}
