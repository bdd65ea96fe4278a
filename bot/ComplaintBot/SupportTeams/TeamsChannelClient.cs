using System.Text.Json;
using ComplaintBot.Agents;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// Posts a notification as an Adaptive Card to the configured Teams channel through the Bot Connector: a new thread in
/// the channel (create-conversation with <c>isGroup</c>, <c>channelData.channel.id</c> and the tenant), or into the
/// configured existing conversation. The configured service URL is trusted with the bot's token, as the operator chose it.
/// </summary>
public sealed class TeamsChannelClient(IConnectorClientFactory connectors, IServiceUrlTrust trust, IOptions<SupportTeamsOptions> options) : ISupportTargetClient
{
    public SupportTarget Target => SupportTarget.TeamsChannel;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var settings = options.Value.TeamsChannel;
        var serviceUrl = settings.ServiceUrl ?? throw new SupportDeliveryException("SupportTeams:TeamsChannel:ServiceUrl is not set.", isPermanent: true);
        var notification = Read(delivery.Payload);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Summary = SupportCards.Title(notification),
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = SupportCards.For(notification) }],
        };

        trust.Trust(serviceUrl);
        var client = connectors.Create(serviceUrl);
        try
        {
            if (!string.IsNullOrWhiteSpace(settings.ConversationId))
            {
                await client.SendToConversationAsync(settings.ConversationId, activity, cancellationToken);
            }
            else
            {
                await client.CreateConversationAsync(
                    new ConversationParameters
                    {
                        IsGroup = true,
                        TenantId = settings.TenantId,
                        Activity = activity,
                        ChannelData = JsonSerializer.SerializeToElement(new { channel = new { id = settings.ChannelId }, tenant = new { id = settings.TenantId } }),
                    },
                    cancellationToken);
            }
        }
        catch (ConnectorException ex)
        {
            throw new SupportDeliveryException($"Teams answered {ex.Failure} ({ex.StatusCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "no status"}).", ex.Failure.IsPermanent(), ex);
        }
    }

    private static SupportNotification Read(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<SupportNotification>(payload, AgentJson.Options)
                ?? throw new SupportDeliveryException("The stored notification is empty.", isPermanent: true);
        }
        catch (JsonException ex)
        {
            throw new SupportDeliveryException("The stored notification is not readable.", isPermanent: true, ex);
        }
    }
}
