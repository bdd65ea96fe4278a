using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace ComplaintBot.Tests.Conversations;

/// <summary>
/// One customer talking to the real bot through <c>POST /api/messages</c> with <c>expectReplies</c>: each message
/// returns the bot's replies of that turn, as the channel would show them.
/// </summary>
internal sealed class CustomerChat(HttpClient client, string locale, string channelId = "webchat", string? name = null, string? userId = null, string? conversationId = null)
{
    private static readonly Uri Messages = new("/api/messages", UriKind.Relative);
    private int _sequence;

    public string ConversationId { get; } = conversationId ?? $"conv-{Guid.NewGuid():N}";

    public string UserId { get; } = userId ?? $"user-{Guid.NewGuid():N}";

    /// <summary>Every reply text so far, in order.</summary>
    public List<string> Transcript { get; } = [];

    public Task<IReadOnlyList<JsonObject>> JoinAsync()
        => SendAsync(new JsonObject
        {
            ["type"] = "conversationUpdate",
            ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = UserId, ["name"] = name }),
        });

    public Task<IReadOnlyList<JsonObject>> SayAsync(string text)
        => SendAsync(new JsonObject { ["type"] = "message", ["text"] = text });

    /// <summary>An event in this conversation, as a contact-centre hub on the channel sends it (<c>handoff.status</c>, say).</summary>
    public Task<IReadOnlyList<JsonObject>> HubEventAsync(string name, JsonNode? value)
        => SendAsync(new JsonObject { ["type"] = "event", ["name"] = name, ["value"] = value }, new JsonObject { ["id"] = "hub-agent-7", ["name"] = "Mika (contact centre)" });

    /// <summary>The texts of the replies to one message.</summary>
    public async Task<IReadOnlyList<string>> SayTextsAsync(string text)
        => [.. (await SayAsync(text)).Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? string.Empty)];

    /// <summary>Says each message in turn, waiting for the replies to one before the next (a customer answering every question).</summary>
    public async Task SayAllAsync(params IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            await SayAsync(message);
        }
    }

    private async Task<IReadOnlyList<JsonObject>> SendAsync(JsonObject activity, JsonObject? from = null)
    {
        activity["id"] = $"in-{++_sequence}";
        activity["channelId"] = channelId;
        activity["serviceUrl"] = "http://127.0.0.1:9/";
        activity["from"] = from ?? new JsonObject { ["id"] = UserId, ["name"] = name };
        activity["recipient"] = new JsonObject { ["id"] = "bot" };
        activity["conversation"] = new JsonObject { ["id"] = ConversationId };
        activity["locale"] = locale;
        activity["deliveryMode"] = "expectReplies";
        using var response = await client.PostAsJsonAsync(Messages, activity);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        var replies = body?["activities"]?.AsArray().Select(a => a!.AsObject()).ToList() ?? [];
        Transcript.AddRange(replies.Where(a => (string?)a["type"] == "message").Select(a => (string?)a["text"] ?? string.Empty));
        return replies;
    }
}
