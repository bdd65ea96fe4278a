namespace ComplaintBot.Protocol.Connector;

/// <summary>Gives the connector client for a channel's service URL.</summary>
public interface IConnectorClientFactory
{
    IConnectorClient Create(string serviceUrl);
}
