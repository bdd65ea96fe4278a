using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Tests.Schema;

public class ActivitySerializationTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1485983408511",
          "timestamp": "2026-11-22T10:00:00.1234567+02:00",
          "localTimestamp": "2026-11-22T10:00:00.123+02:00",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB", "name": "Jane Doe", "aadObjectId": "c9b1-4b5a", "futureField": 7 },
          "conversation": { "conversationType": "personal", "tenantId": "tenant-1", "id": "a:17I0kl9EkpE1O9PH5TWrzrLNwnW" },
          "recipient": { "id": "28:app-id", "name": "ComplaintBot" },
          "text": "My blender stopped working",
          "textFormat": "plain",
          "locale": "en-GB",
          "entities": [ { "type": "clientInfo", "locale": "en-GB", "country": "GB", "platform": "Web", "timezone": "Europe/London" },
                        { "type": "https://schema.org/Unknown", "nested": { "a": [1, 2, 3] } } ],
          "channelData": { "tenant": { "id": "tenant-1" }, "clientActivityID": "abc" },
          "attachments": [ { "contentType": "application/vnd.microsoft.card.adaptive", "content": { "type": "AdaptiveCard", "version": "1.5" }, "extra": true } ],
          "someFutureActivityField": { "x": "y" }
        }
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsKnownFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("29:1XJKJMvc5GBtc2JwZq0oj8tHZmzrQgFmB", activity.From!.Id);
        Assert.Equal("tenant-1", activity.Conversation!.TenantId);
        Assert.Equal("personal", activity.Conversation.ConversationType);
        Assert.Equal(TimeSpan.Zero, activity.Timestamp!.Value.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero).AddTicks(1234567), activity.Timestamp);
        Assert.Equal(TimeSpan.FromHours(2), activity.LocalTimestamp!.Value.Offset);
    }

    [Fact]
    public void RoundTrip_UnknownFieldsOnEveryObject_AreKeptUnchanged()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, ProtocolJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, ProtocolJson.Options))!;

        Assert.Equal("y", written["someFutureActivityField"]!["x"]!.GetValue<string>());
        Assert.Equal(7, written["from"]!["futureField"]!.GetValue<int>());
        Assert.True(written["attachments"]![0]!["extra"]!.GetValue<bool>());
        Assert.Equal("Europe/London", written["entities"]![0]!["timezone"]!.GetValue<string>());
        Assert.Equal(3, written["entities"]![1]!["nested"]!["a"]!.AsArray().Count);
        Assert.Equal("abc", written["channelData"]!["clientActivityID"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", written["attachments"]![0]!["content"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public void Serialize_Activity_UsesCamelCaseOmitsNullsAndWritesUtcTimestamps()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Text = "hi",
            InputHint = InputHints.ExpectingInput,
            Timestamp = new DateTimeOffset(2026, 11, 22, 12, 0, 0, TimeSpan.FromHours(9)),
        };

        var json = JsonSerializer.Serialize(activity, ProtocolJson.Options);

        Assert.Equal("""{"type":"message","timestamp":"2026-11-22T03:00:00.0000000Z","text":"hi","inputHint":"expectingInput"}""", json);
    }

    [Theory]
    [InlineData("""{"type":"message","timestamp":"not a date"}""")]
    [InlineData("""{"type":"message","from":"should be an object"}""")]
    [InlineData("""{"type":"message","entities":{"not":"a list"}}""")]
    public void Deserialize_WrongShapes_ThrowJsonException(string json)
        => Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Activity>(json, ProtocolJson.Options));

    [Fact]
    public void Deserialize_DifferentlyCasedFieldNames_AreAccepted()
    {
        var activity = JsonSerializer.Deserialize<Activity>("""{"Type":"message","CONVERSATION":{"ID":"c1"}}""", ProtocolJson.Options)!;

        Assert.Equal("message", activity.Type);
        Assert.Equal("c1", activity.Conversation!.Id);
    }

    [Fact]
    public void CardActionImBack_Serializes_TitleAndStringValue()
    {
        var json = JsonSerializer.Serialize(CardAction.ImBack("Refund"), ProtocolJson.Options);

        Assert.Equal("""{"type":"imBack","title":"Refund","value":"Refund"}""", json);
    }
}
