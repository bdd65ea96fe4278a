using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.DirectLine;

/// <summary>
/// The connector for the embedded Direct Line: what the bot sends is appended to the conversation's stream and
/// the open socket is woken. No HTTP call, no token.
/// </summary>
public sealed class DirectLineConnectorClient : IConnectorClient
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineStreamHub _hub;

    public DirectLineConnectorClient(IDirectLineStore store, DirectLineStreamHub hub)
    {
        _store = store;
        _hub = hub;
    }

    public async Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var outgoing = activity.Clone();
        outgoing.From ??= DirectLineChannel.BotAccount();
        outgoing.ServiceUrl = null;
        var stored = await _store.AppendAsync(conversationId, outgoing, cancellationToken)
            ?? throw new ConnectorException(ConnectorFailure.NotFound, 404, "ConversationNotFound", "The Direct Line conversation does not exist.");
        _hub.Notify(conversationId);
        return new ResourceResponse(stored.Id);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reply = activity.Clone();
        reply.ReplyToId = activityId;
        return SendToConversationAsync(conversationId, reply, cancellationToken);
    }

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        throw NotSupported("update activities");

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        throw NotSupported("delete activities");

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        throw NotSupported("let the bot start conversations");

    private static ConnectorException NotSupported(string what) =>
        new(ConnectorFailure.Rejected, 405, "NotSupported", $"Direct Line does not {what}.");
}
