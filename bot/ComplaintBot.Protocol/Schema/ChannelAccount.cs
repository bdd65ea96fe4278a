using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Protocol.Schema;

/// <summary>A participant of a conversation: a user, a bot or an agent.</summary>
public sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
