using System.Text.Json;

namespace ComplaintBot.Agents.Hub;

/// <summary>The states of the Bot Framework <c>handoff.status</c> event a contact-centre hub sends back.</summary>
public enum HubHandoffState
{
    /// <summary>An agent of the hub has taken the conversation.</summary>
    Accepted,

    /// <summary>The hub could not take it (no agent, queue closed, an error).</summary>
    Failed,

    /// <summary>The hub's agent has finished with the conversation.</summary>
    Completed,
}

/// <summary>The value of a <c>handoff.status</c> event: <c>{ "state": "accepted" | "failed" | "completed", "message"?: … }</c>.</summary>
public sealed record HubHandoffStatus(HubHandoffState State, string? Message)
{
    /// <summary>The status in an event's value; null when the value is missing, not an object, or names another state.</summary>
    public static HubHandoffStatus? Read(JsonElement? value)
    {
        if (value is not { ValueKind: JsonValueKind.Object } status
            || !status.TryGetProperty("state", out var state) || state.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        HubHandoffState? known = state.GetString() switch
        {
            "accepted" => HubHandoffState.Accepted,
            "failed" => HubHandoffState.Failed,
            "completed" => HubHandoffState.Completed,
            _ => null,
        };
        var message = status.TryGetProperty("message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null;
        return known is { } s ? new HubHandoffStatus(s, message) : null;
    }
}
