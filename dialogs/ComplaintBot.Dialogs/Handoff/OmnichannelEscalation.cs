using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>
/// A handoff as Dynamics 365 Omnichannel for Customer Service expects it from a bot: a message whose
/// <c>channelData.tags</c> is the JSON text of <c>{"type":"Escalate","context":{…}}</c> (the context variables the
/// workstream routes on) and whose text is a summary shown only to the agent who accepts the chat. Messages for the
/// customer carry <c>channelData.deliveryMode = "bridged"</c> instead (<see cref="Bridge"/>).
/// </summary>
public static class OmnichannelEscalation
{
    public const string TagsProperty = "tags";
    public const string DeliveryModeProperty = "deliveryMode";
    public const string Bridged = "bridged";
    public const string EscalateCommand = "Escalate";

    public static Activity Create(Complaint complaint, HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(request);
        var context = HandoffContext.Of(complaint, request);
        var command = new JsonObject
        {
            ["type"] = EscalateCommand,
            ["context"] = new JsonObject
            {
                ["complaintReference"] = context.ComplaintReference,
                ["reason"] = context.Reason,
                ["signals"] = string.Join(',', context.Signals),
                ["category"] = context.Category,
                ["priority"] = context.Priority,
                ["language"] = context.Language,
                ["vip"] = context.Vip,
                ["frequentContacter"] = context.FrequentContacter,
            },
        };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Text = Summary(complaint, context),
            ChannelData = JsonSerializer.SerializeToElement(new JsonObject { [TagsProperty] = command.ToJsonString() }),
        };
    }

    /// <summary>Whether a message is an Omnichannel command (escalate, end conversation) rather than words for the customer.</summary>
    public static bool IsCommand(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data && data.TryGetProperty(TagsProperty, out _);
    }

    /// <summary>Marks a message for the customer as bridged, keeping whatever else its channel data says.</summary>
    public static void Bridge(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var data = activity.ChannelData is { ValueKind: JsonValueKind.Object } existing
            ? JsonObject.Create(existing) ?? []
            : [];
        data[DeliveryModeProperty] = Bridged;
        activity.ChannelData = JsonSerializer.SerializeToElement(data);
    }

    private static string Summary(Complaint complaint, HandoffContext context)
    {
        var flags = string.Join(string.Empty, context.Vip ? ", VIP" : string.Empty, context.FrequentContacter ? ", frequent contacter" : string.Empty);
        var signals = context.Signals.Count > 0 ? $" ({string.Join(", ", context.Signals)})" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"Complaint {context.ComplaintReference}: {context.Category}, priority {context.Priority}, language {context.Language}{flags}. Handed over: {context.Reason}{signals}. The customer wrote: {complaint.Description}");
    }
}
