using ComplaintBot.Protocol.Auth;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The bot's side of the agents' Teams tenant, through the connector at the configured service URL: posts and updates
/// handoff cards in the agents' channel, opens an agent's 1:1 chat with the bot and writes into it.
/// </summary>
/// <exception cref="ConnectorException">Teams refused a call or could not be reached (after the connector's retries).</exception>
public sealed class TeamsAgentsChannel(
    IConnectorClientFactory connectors,
    IOptions<TeamsAgentsOptions> options,
    IOptions<BotAuthenticationOptions> bot)
{
    /// <summary>Plain text: Teams shows an agent's or customer's words as typed, never as Markdown or HTML.</summary>
    public const string PlainText = "plain";

    /// <summary>Starts a new thread in the agents' channel with the card; returns where it is.</summary>
    public async Task<TeamsCardAddress> PostCardAsync(string handoffId, Attachment card, CancellationToken cancellationToken)
    {
        var teams = options.Value;
        var created = await Connector().CreateConversationAsync(
            new ConversationParameters
            {
                IsGroup = true,
                Bot = BotAccount(),
                TenantId = teams.TenantId,
                ChannelData = ProtocolJson.ToElement(new { channel = new { id = teams.ChannelId }, tenant = new { id = teams.TenantId } }),
                Activity = new Activity { Type = ActivityTypes.Message, Attachments = [card] },
            },
            cancellationToken);
        var conversationId = created.Id ?? throw new ConnectorException(ConnectorFailure.Rejected, statusCode: null, errorCode: null, "Teams did not say which thread the card started.");
        return new TeamsCardAddress(handoffId, conversationId, created.ActivityId ?? conversationId);
    }

    public Task UpdateCardAsync(TeamsCardAddress address, Attachment card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(address);
        return Connector().UpdateActivityAsync(
            address.ConversationId,
            address.ActivityId,
            new Activity { Type = ActivityTypes.Message, Id = address.ActivityId, Attachments = [card] },
            cancellationToken);
    }

    /// <summary>Opens (or finds again: Teams answers with the same id) the 1:1 chat between the bot and an agent.</summary>
    public async Task<string> OpenChatAsync(TeamsAgentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        var teams = options.Value;
        var created = await Connector().CreateConversationAsync(
            new ConversationParameters
            {
                IsGroup = false,
                Bot = BotAccount(),
                Members = [new ChannelAccount { Id = link.TeamsUserId ?? link.AadObjectId, AadObjectId = link.AadObjectId }],
                TenantId = teams.TenantId,
                ChannelData = ProtocolJson.ToElement(new { tenant = new { id = teams.TenantId } }),
            },
            cancellationToken);
        return created.Id ?? throw new ConnectorException(ConnectorFailure.Rejected, statusCode: null, errorCode: null, "Teams did not give the chat's id.");
    }

    /// <summary>Writes into an agent's chat, exactly as written (see <see cref="TeamsChatMessage"/>).</summary>
    public Task SendToChatAsync(string chatConversationId, string text, CancellationToken cancellationToken)
    {
        var message = TeamsChatMessage.Of(text);
        message.Conversation = new ConversationAccount { Id = chatConversationId };
        return Connector().SendToConversationAsync(chatConversationId, message, cancellationToken);
    }

    private IConnectorClient Connector()
        => connectors.Create(options.Value.ServiceUrl ?? throw new InvalidOperationException("Agents:Teams:ServiceUrl is not set."));

    /// <summary>The bot as Teams names it (<c>28:</c> and the app id); unknown while authentication is off.</summary>
    private ChannelAccount? BotAccount()
        => bot.Value.MicrosoftAppId is { Length: > 0 } appId ? new ChannelAccount { Id = "28:" + appId } : null;
}
