using System.Text.Json;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>
/// The standard Bot Framework <c>handoff.initiate</c> event (the SDK's EventFactory shape), so a contact-centre hub
/// listening on the channel can take over: the handoff context as value, the transcript as an attachment.
/// </summary>
public static class HandoffInitiation
{
    public const string EventName = "handoff.initiate";

    public static Activity Create(Activity incoming, Complaint complaint, HandoffRequest request)
    {
        ArgumentNullException.ThrowIfNull(incoming);
        ArgumentNullException.ThrowIfNull(complaint);
        ArgumentNullException.ThrowIfNull(request);
        var context = HandoffContext.Of(complaint, request);
        var transcript = new { activities = complaint.Transcript.Select(ToActivity).ToList() };
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = EventName,
            Value = JsonSerializer.SerializeToElement(context, ProtocolJson.Options),
            RelatesTo = incoming.GetConversationReference(),
            Attachments =
            [
                new Attachment
                {
                    ContentType = ContentTypes.Json,
                    Name = "Transcript",
                    Content = JsonSerializer.SerializeToElement(transcript, ProtocolJson.Options),
                },
            ],
        };
    }

    private static Activity ToActivity(TranscriptEntry entry) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = entry.At,
        Text = entry.Text,
        From = entry.Speaker == TranscriptSpeaker.Customer
            ? new ChannelAccount { Id = "customer", Role = "user" }
            : new ChannelAccount { Id = entry.Speaker == TranscriptSpeaker.Agent ? "agent" : "bot", Name = entry.AgentName, Role = "bot" },
    };
}
