using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using ComplaintBot.DirectLine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.DirectLine;

/// <summary>The embedded Direct Line's contract, over real HTTP and WebSocket on 127.0.0.1.</summary>
public sealed class DirectLineEndpointTests : IAsyncLifetime, IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly BotHostFactory _host;
    private DirectLineTestClient? _client;

    public DirectLineEndpointTests()
    {
        _host = new BotHostFactory(configureServices: services => services.AddSingleton<TimeProvider>(_time));
    }

    public Task InitializeAsync()
    {
        _client = new DirectLineTestClient(_host.Address);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _host.DeleteDataDirectory();
    }

    public void Dispose() => _client?.Dispose();

    private DirectLineTestClient Client => _client ?? throw new InvalidOperationException("The host did not start.");

    [Fact]
    public async Task TokensGenerate_WithoutSecretConfigured_GivesAConversationTokenFor1800Seconds()
    {
        using var response = await Client.SendAsync(HttpMethod.Post, "tokens/generate", bearer: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = await DirectLineTestClient.JsonOf(response);
        Assert.False(string.IsNullOrEmpty(json.GetProperty("conversationId").GetString()));
        Assert.Equal(3, json.GetProperty("token").GetString()!.Split('.').Length);
        Assert.Equal(1800, json.GetProperty("expires_in").GetInt32());
    }

    [Fact]
    public async Task StartConversation_WithToken_Is201WithStreamUrlAndTheBotHasGreeted()
    {
        var conversation = await Client.StartAsync();

        Assert.Equal("ws", conversation.StreamUrl.Scheme);
        Assert.Equal("127.0.0.1", conversation.StreamUrl.Host);
        var set = await Client.GetActivitiesAsync(conversation, watermark: null);
        var greeting = Assert.Single(set.GetProperty("activities").EnumerateArray());
        Assert.Equal("message", greeting.GetProperty("type").GetString());
        Assert.Equal("bot", greeting.GetProperty("from").GetProperty("role").GetString());
        Assert.False(string.IsNullOrWhiteSpace(greeting.GetProperty("text").GetString()));
        Assert.Equal($"{conversation.Id}|0000001", greeting.GetProperty("id").GetString());
        Assert.Equal("1", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task StartConversation_AgainWithTheSameToken_Is200AndTheBotDoesNotGreetTwice()
    {
        var conversation = await Client.StartAsync();

        using var again = await Client.SendAsync(HttpMethod.Post, "conversations", conversation.Token);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var set = await Client.GetActivitiesAsync(conversation, watermark: null);
        Assert.Single(set.GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task PostActivity_IsEchoedWithItsClientActivityIdAndAnsweredByTheBot()
    {
        var conversation = await Client.StartAsync();

        var posted = await Client.PostMessageAsync(conversation, "My parcel never arrived", "client-42");

        Assert.Equal($"{conversation.Id}|0000002", posted.GetProperty("id").GetString());
        var set = await Client.GetActivitiesAsync(conversation, watermark: "1");
        var activities = set.GetProperty("activities").EnumerateArray().ToList();
        Assert.Equal(2, activities.Count);
        var echo = activities[0];
        Assert.Equal(posted.GetProperty("id").GetString(), echo.GetProperty("id").GetString());
        Assert.Equal("client-42", echo.GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("My parcel never arrived", echo.GetProperty("text").GetString());
        Assert.Equal("user", echo.GetProperty("from").GetProperty("role").GetString());
        Assert.StartsWith("dl_", echo.GetProperty("from").GetProperty("id").GetString(), StringComparison.Ordinal);
        var answer = activities[1];
        Assert.Equal("bot", answer.GetProperty("from").GetProperty("role").GetString());
        Assert.Equal(echo.GetProperty("id").GetString(), answer.GetProperty("replyToId").GetString());
        Assert.Equal("3", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task Polling_AtTheNewestWatermark_ReturnsNothingAndKeepsTheWatermark()
    {
        var conversation = await Client.StartAsync();

        var set = await Client.GetActivitiesAsync(conversation, watermark: "1");

        Assert.Empty(set.GetProperty("activities").EnumerateArray());
        Assert.Equal("1", set.GetProperty("watermark").GetString());
    }

    [Fact]
    public async Task WebSocket_ReplaysTheGreetingThenStreamsTheEchoAndTheAnswer()
    {
        var conversation = await Client.StartAsync();
        using var socket = await DirectLineTestClient.ConnectAsync(conversation.StreamUrl);

        var (replay, replayWatermark) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 1);
        await Client.PostMessageAsync(conversation, "The invoice is wrong", "client-1");
        var (live, liveWatermark) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 2);

        Assert.Equal("bot", replay[0].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("1", replayWatermark);
        Assert.Equal("client-1", live[0].GetProperty("channelData").GetProperty("clientActivityID").GetString());
        Assert.Equal("bot", live[1].GetProperty("from").GetProperty("role").GetString());
        Assert.Equal("3", liveWatermark);
        await DirectLineTestClient.CloseAsync(socket);
    }

    [Fact]
    public async Task WebSocket_WhenIdleForTheKeepAliveInterval_GetsAnEmptyFrame()
    {
        var conversation = await Client.StartAsync();
        using var socket = await DirectLineTestClient.ConnectAsync(conversation.StreamUrl);
        await DirectLineTestClient.ReceiveActivitiesAsync(socket, 1);

        _time.Advance(TimeSpan.FromSeconds(15));

        Assert.Null(await DirectLineTestClient.ReceiveFrameAsync(socket));
        await DirectLineTestClient.CloseAsync(socket);
    }

    [Fact]
    public async Task ProactiveMessage_ReachesTheOpenSocket()
    {
        var conversation = await Client.StartAsync();
        using var socket = await DirectLineTestClient.ConnectAsync(conversation.StreamUrl);
        await DirectLineTestClient.ReceiveActivitiesAsync(socket, 1);

        await SendProactiveAsync(conversation, "Your refund has been issued.");

        var (activities, watermark) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 1);
        Assert.Equal("Your refund has been issued.", activities[0].GetProperty("text").GetString());
        Assert.Equal("2", watermark);
        await DirectLineTestClient.CloseAsync(socket);
    }

    [Fact]
    public async Task ProactiveMessage_WhileAway_IsReplayedToTheReconnectingWidget()
    {
        var conversation = await Client.StartAsync();
        using (var first = await DirectLineTestClient.ConnectAsync(conversation.StreamUrl))
        {
            await DirectLineTestClient.ReceiveActivitiesAsync(first, 1);
            await DirectLineTestClient.CloseAsync(first);
        }

        await SendProactiveAsync(conversation, "Did the replacement arrive?");
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=1", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = new Uri((await DirectLineTestClient.JsonOf(reconnect)).GetProperty("streamUrl").GetString()!);
        using var second = await DirectLineTestClient.ConnectAsync(streamUrl);

        var (activities, watermark) = await DirectLineTestClient.ReceiveActivitiesAsync(second, 1);
        var message = Assert.Single(activities);
        Assert.Equal("Did the replacement arrive?", message.GetProperty("text").GetString());
        Assert.Equal("2", watermark);
        await DirectLineTestClient.CloseAsync(second);
    }

    [Fact]
    public async Task SecondSocket_TakesTheConversationOverAndTheFirstIsClosedAsCollision()
    {
        var conversation = await Client.StartAsync();
        using var first = await DirectLineTestClient.ConnectAsync(conversation.StreamUrl);
        await DirectLineTestClient.ReceiveActivitiesAsync(first, 1);
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=1", conversation.Token);
        var streamUrl = new Uri((await DirectLineTestClient.JsonOf(reconnect)).GetProperty("streamUrl").GetString()!);

        using var second = await DirectLineTestClient.ConnectAsync(streamUrl);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var closing = await first.ReceiveAsync(new byte[1024], timeout.Token);

        Assert.Equal(WebSocketMessageType.Close, closing.MessageType);
        Assert.Equal("collision", first.CloseStatusDescription);
        await Client.PostMessageAsync(conversation, "still here", "client-2");
        var (activities, _) = await DirectLineTestClient.ReceiveActivitiesAsync(second, 2);
        Assert.Equal("still here", activities[0].GetProperty("text").GetString());
        await DirectLineTestClient.CloseAsync(second);
    }

    [Fact]
    public async Task TokenForOneConversation_CannotReadOrPostToAnother()
    {
        var mine = await Client.StartAsync();
        var theirs = await Client.StartAsync();

        using var read = await Client.SendAsync(HttpMethod.Get, $"conversations/{theirs.Id}/activities", mine.Token);
        using var post = await Client.SendAsync(HttpMethod.Post, $"conversations/{theirs.Id}/activities", mine.Token, new { type = "message", text = "hi" });
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"conversations/{theirs.Id}", mine.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, reconnect.StatusCode);
        var stream = new Uri(mine.StreamUrl.AbsoluteUri.Replace(mine.Id, theirs.Id, StringComparison.Ordinal));
        using var socket = new ClientWebSocket();
        await Assert.ThrowsAsync<WebSocketException>(() => socket.ConnectAsync(stream, CancellationToken.None));
        Assert.Single((await Client.GetActivitiesAsync(theirs, watermark: null)).GetProperty("activities").EnumerateArray());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-token")]
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJjb252IjoieCJ9.c2lnbmF0dXJl")]
    public async Task Requests_WithoutAValidToken_Are401(string? bearer)
    {
        var conversation = await Client.StartAsync();

        using var read = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", bearer);
        using var post = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", bearer, new { type = "message", text = "hi" });
        using var start = await Client.SendAsync(HttpMethod.Post, "conversations", bearer);
        using var refresh = await Client.SendAsync(HttpMethod.Post, "tokens/refresh", bearer);

        Assert.All([read, post, start, refresh], response => Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode));
    }

    [Fact]
    public async Task ExpiredToken_Is403TokenExpiredAndCannotBeRefreshed()
    {
        var conversation = await Client.StartAsync();

        _time.Advance(TimeSpan.FromMinutes(30));
        using var read = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);
        using var refresh = await Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);

        Assert.Equal(HttpStatusCode.Forbidden, read.StatusCode);
        Assert.Equal("TokenExpired", (await DirectLineTestClient.JsonOf(read)).GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, refresh.StatusCode);
    }

    [Fact]
    public async Task RefreshedToken_OutlivesTheOriginalForTheSameConversation()
    {
        var conversation = await Client.StartAsync();
        _time.Advance(TimeSpan.FromMinutes(15));

        using var refresh = await Client.SendAsync(HttpMethod.Post, "tokens/refresh", conversation.Token);
        var refreshed = await DirectLineTestClient.JsonOf(refresh);
        _time.Advance(TimeSpan.FromMinutes(20));
        using var withOld = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", conversation.Token);
        using var withNew = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities", refreshed.GetProperty("token").GetString());

        Assert.Equal(HttpStatusCode.OK, refresh.StatusCode);
        Assert.Equal(conversation.Id, refreshed.GetProperty("conversationId").GetString());
        Assert.Equal(1800, refreshed.GetProperty("expires_in").GetInt32());
        Assert.Equal(HttpStatusCode.Forbidden, withOld.StatusCode);
        Assert.Equal(HttpStatusCode.OK, withNew.StatusCode);
    }

    [Fact]
    public async Task Conversation_NotYetStarted_Is404()
    {
        var (conversationId, token) = await Client.GenerateTokenAsync();

        using var read = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}/activities", token);
        using var reconnect = await Client.SendAsync(HttpMethod.Get, $"conversations/{conversationId}?watermark=", token);

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, reconnect.StatusCode);
    }

    [Fact]
    public async Task MalformedPosts_Are400AndNothingIsStored()
    {
        var conversation = await Client.StartAsync();
        using var notJson = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{conversation.Id}/activities", UriKind.Relative))
        {
            Content = new StringContent("{\"type\": \"message\", ", System.Text.Encoding.UTF8, "application/json"),
        };
        notJson.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", conversation.Token);
        using var http = _host.CreateLoopbackClient();

        using var broken = await http.SendAsync(notJson);
        using var typeless = await Client.SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, new { text = "no type" });

        Assert.Equal(HttpStatusCode.BadRequest, broken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, typeless.StatusCode);
        Assert.Single((await Client.GetActivitiesAsync(conversation, watermark: null)).GetProperty("activities").EnumerateArray());
    }

    [Fact]
    public async Task ChatPage_IsServedWithTheWebChatBundleAndItsSettings()
    {
        using var http = _host.CreateLoopbackClient();

        var page = await http.GetStringAsync(new Uri("/", UriKind.Relative));
        using var bundle = await http.GetAsync(new Uri("/lib/webchat.js", UriKind.Relative));
        var config = JsonDocument.Parse(await http.GetStringAsync(new Uri("/chat/config", UriKind.Relative))).RootElement;

        Assert.Contains("lib/webchat.js", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.True(bundle.Content.Headers.ContentLength > 1_000_000);
        Assert.Equal("ComplaintBot", config.GetProperty("companyName").GetString());
        Assert.Equal("/v3/directline", config.GetProperty("directLinePath").GetString());
    }

    private async Task SendProactiveAsync(StartedConversation conversation, string text)
    {
        var adapter = _host.Services.GetRequiredService<CloudAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            Bot = DirectLineChannel.BotAccount(),
            User = new ChannelAccount { Id = "dl_user" },
        };
        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync(text, ct), CancellationToken.None);
    }
}
