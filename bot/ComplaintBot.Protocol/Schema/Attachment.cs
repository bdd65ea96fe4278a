using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Protocol.Schema;

/// <summary>A card, file or structured payload attached to an activity.</summary>
public sealed class Attachment
{
    public string? ContentType { get; set; }
    public string? ContentUrl { get; set; }
    public JsonElement? Content { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
