using System.Text.Json;

namespace ComplaintBot.Protocol.Schema;

/// <summary>The body of a create-conversation call (Teams 1:1 chats: bot, members, tenantId and channelData.tenant.id).</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public JsonElement? ChannelData { get; set; }
}

/// <summary>The channel's answer to create-conversation.</summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
