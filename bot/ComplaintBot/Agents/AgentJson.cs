using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Agents;

/// <summary>How the agent console's APIs and events are written: web defaults with enums as their names.</summary>
public static class AgentJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
