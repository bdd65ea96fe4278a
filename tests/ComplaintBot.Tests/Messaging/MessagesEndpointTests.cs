using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Tests.Hosting;

namespace ComplaintBot.Tests.Messaging;

/// <summary>
/// The conformance checks of the Bot Framework protocol reference (§9, items 5–7) against the real host over
/// real HTTP, with authentication disabled (no MicrosoftAppId) as on a developer's laptop.
/// </summary>
public sealed class MessagesEndpointTests : LoopbackBotTest
{
    private static readonly Uri Messages = new("/api/messages", UriKind.Relative);

    private static JsonObject Activity(string type = "message", string? text = "hello", string? deliveryMode = "expectReplies") => new()
    {
        ["type"] = type,
        ["id"] = "incoming-1",
        ["channelId"] = "emulator",
        // A closed port: a connector call would fail, so the expectReplies tests also prove none is made.
        ["serviceUrl"] = "http://127.0.0.1:9/",
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Ana" },
        ["recipient"] = new JsonObject { ["id"] = "bot-1" },
        ["conversation"] = new JsonObject { ["id"] = $"conv-{Guid.NewGuid():N}" },
        ["locale"] = "en-US",
        ["text"] = text,
        ["deliveryMode"] = deliveryMode,
    };

    private Task<HttpResponseMessage> PostAsync(string body, string contentType = "application/json")
        => Client.PostAsync(Messages, new StringContent(body, Encoding.UTF8, contentType));

    private static async Task<JsonArray> RepliesOf(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return Assert.IsType<JsonArray>(body?["activities"]);
    }

    [Fact]
    public async Task ExpectReplies_Message_AnswersWithEveryReplyInTheBody()
    {
        using var response = await PostAsync(Activity().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var replies = await RepliesOf(response);
        Assert.NotEmpty(replies);
        Assert.All(replies, reply =>
        {
            Assert.Equal("incoming-1", (string?)reply!["replyToId"]);
            Assert.Equal("bot-1", (string?)reply["from"]?["id"]);
            Assert.Equal("user-1", (string?)reply["recipient"]?["id"]);
        });
    }

    [Fact]
    public async Task Invoke_NobodyHandlesIt_Answers501()
    {
        var invoke = Activity(type: "invoke", text: null, deliveryMode: null);
        invoke["name"] = "some/unknownInvoke";

        using var response = await PostAsync(invoke.ToJsonString());

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
    }

    [Fact]
    public async Task UnknownActivityTypeAndEntities_AreAcceptedAndIgnored()
    {
        var unknown = Activity(type: "somethingNew", text: null);
        unknown["entities"] = new JsonArray(new JsonObject { ["type"] = "futureEntity", ["x"] = 1 });
        unknown["brandNewField"] = new JsonObject { ["nested"] = true };

        using var response = await PostAsync(unknown.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Message_WithUnknownFieldsAndOddUnicode_IsProcessed()
    {
        var odd = Activity(text: "Zalomljen \u0301zaslon \U0001F621 \u202Eevil\u202C <script>alert(1)</script> 注文番号１２３４５");
        odd["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t-1" } };

        using var response = await PostAsync(odd.ToJsonString());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(await RepliesOf(response));
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[]")]
    [InlineData("{\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{}}")]
    [InlineData("{\"type\":12,\"conversation\":{\"id\":\"c\"}}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}} {\"type\":\"message\"}")]
    [InlineData("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"}}x")]
    [InlineData("")]
    public async Task Post_BodyThatIsNotAnActivity_Answers400(string body)
    {
        using var response = await PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_NestedBeyondTheDepthLimit_Answers400()
    {
        var deep = new StringBuilder("{\"type\":\"message\",\"conversation\":{\"id\":\"c\"},\"channelData\":");
        deep.Insert(deep.Length, "{\"a\":", 200).Append(1).Append('}', 200).Append('}');

        using var response = await PostAsync(deep.ToString());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_NonJsonContentType_Answers415()
    {
        using var response = await PostAsync(Activity().ToJsonString(), "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyAbove256KB_Answers413()
    {
        using var response = await PostAsync(Activity(text: new string('a', 300 * 1024)).ToJsonString());

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_ChunkedBodyAbove256KB_Answers413()
    {
        var body = Encoding.UTF8.GetBytes(Activity(text: new string('a', 300 * 1024)).ToJsonString());
        using var content = new StreamContent(new MemoryStream(body));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, Messages) { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("GET")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task OtherVerbs_Answer405(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Messages);

        using var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task RefusedRequests_LeaveTheServerServing()
    {
        for (var i = 0; i < 20; i++)
        {
            using var bad = await PostAsync("{\"type\":");
            Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        }

        using var good = await PostAsync(Activity().ToJsonString());

        Assert.Equal(HttpStatusCode.OK, good.StatusCode);
        using var doc = JsonDocument.Parse(await good.Content.ReadAsStringAsync());
        Assert.True(doc.RootElement.GetProperty("activities").GetArrayLength() > 0);
    }
}
