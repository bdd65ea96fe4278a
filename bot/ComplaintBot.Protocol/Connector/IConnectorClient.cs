using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Connector;

/// <summary>The Bot Connector REST API of one channel's service URL (bot → channel).</summary>
/// <exception cref="ConnectorException">A call failed for good (after any retries).</exception>
public interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken);
}
