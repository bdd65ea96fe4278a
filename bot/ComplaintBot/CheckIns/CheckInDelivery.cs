using ComplaintBot.Agents;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.CheckIns;

/// <summary>
/// Sends one check-in message to the complaint's customer through the stored conversation reference, with the
/// message's idempotency key as its activity id (see <see cref="CheckInActivityIds"/>). In Teams, when the stored
/// conversation is gone (404), it creates the 1:1 chat with the customer in their tenant, keeps it as the complaint's
/// conversation, and sends there.
/// </summary>
public sealed partial class CheckInDelivery(
    IConnectorClientFactory connectors,
    IServiceUrlTrust trust,
    IComplaintStore complaints,
    ICheckInStore store,
    ILogger<CheckInDelivery> logger)
{
    /// <exception cref="ConnectorException">The channel refused the message, or could not be reached.</exception>
    public async Task SendAsync(Complaint complaint, string checkInId, Activity activity, string activityId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(activity);
        var reference = complaint.Conversation;
        var serviceUrl = reference.ServiceUrl ?? throw new ConnectorException(ConnectorFailure.Rejected, null, null, "The complaint's conversation has no service URL.");
        var conversationId = reference.Conversation?.Id ?? throw new ConnectorException(ConnectorFailure.NotFound, null, null, "The complaint's conversation has no id.");

        // The reference comes from the bot's own store, written only from authenticated activities (as CloudAdapter.ContinueConversationAsync).
        trust.Trust(serviceUrl);
        var connector = connectors.Create(serviceUrl);
        activity.ApplyConversationReference(reference);
        activity.ReplyToId = null;
        activity.Id = activityId;
        try
        {
            await connector.SendToConversationAsync(conversationId, activity, cancellationToken);
        }
        catch (ConnectorException ex) when (ex.Failure == ConnectorFailure.NotFound && reference.ChannelId == ComplaintBot.Protocol.Schema.Channels.MsTeams && reference.User?.Id is { Length: > 0 })
        {
            var created = await CreatePersonalChatAsync(connector, reference, cancellationToken);
            LogPersonalChatCreated(logger, checkInId);
            await complaints.ChangeAsync(complaint.Reference, c => c with { Conversation = created }, cancellationToken);
            await store.MoveConversationAsync(checkInId, ConversationKeys.Of(created), cancellationToken);
            activity.ApplyConversationReference(created);
            activity.ReplyToId = null;
            await connectors.Create(created.ServiceUrl!).SendToConversationAsync(created.Conversation!.Id!, activity, cancellationToken);
        }
    }

    /// <summary>POST v3/conversations with the customer as the only member and the tenant in the channel data.</summary>
    private static async Task<ConversationReference> CreatePersonalChatAsync(IConnectorClient connector, ConversationReference reference, CancellationToken cancellationToken)
    {
        var tenantId = reference.Conversation?.TenantId;
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = reference.Bot,
            Members = [reference.User!],
            TenantId = tenantId,
            ChannelData = tenantId is null ? null : System.Text.Json.JsonSerializer.SerializeToElement(new { tenant = new { id = tenantId } }),
        };
        var created = await connector.CreateConversationAsync(parameters, cancellationToken);
        if (string.IsNullOrEmpty(created.Id))
        {
            throw new ConnectorException(ConnectorFailure.NotFound, null, null, "The channel created no conversation.");
        }

        return new ConversationReference
        {
            ChannelId = reference.ChannelId,
            ServiceUrl = created.ServiceUrl is { Length: > 0 } url ? url : reference.ServiceUrl,
            Bot = reference.Bot,
            User = reference.User,
            Locale = reference.Locale,
            Conversation = new ConversationAccount { Id = created.Id, TenantId = tenantId, ConversationType = "personal", IsGroup = false },
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {CheckInId}: the Teams conversation was gone; a new 1:1 chat was created")]
    private static partial void LogPersonalChatCreated(ILogger logger, string checkInId);
}
