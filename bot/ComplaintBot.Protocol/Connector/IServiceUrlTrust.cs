namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// The service URLs the bot may send its token to: those that arrived on authenticated activities, and the
/// configured ones. A token is never attached to any other host.
/// </summary>
public interface IServiceUrlTrust
{
    void Trust(string serviceUrl);

    bool IsTrusted(string serviceUrl);
}
