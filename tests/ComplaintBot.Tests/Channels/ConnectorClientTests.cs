using System.Net;
using System.Text.Json;
using ComplaintBot.Channels;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ComplaintBot.Tests.Channels;

/// <summary>The connector client as the host registers it, over real HTTP against a stub channel on 127.0.0.1.</summary>
public sealed class ConnectorClientTests : IAsyncLifetime
{
    private const string Conversation = "a:1Xb;messageid=17@thread.v2";
    private readonly ImmediateTimeProvider _time = new();
    private StubChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await StubChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task ReplyToActivity_PostsUnderTheActivityWithEscapedIds_AndReturnsTheChannelsId()
    {
        using var services = Services();
        var client = Connector(services);

        var response = await client.ReplyToActivityAsync(Conversation, "1:in/1", Message("sorry to hear that"), CancellationToken.None);

        var call = Assert.Single(_channel.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations/a%3A1Xb%3Bmessageid%3D17%40thread.v2/activities/1%3Ain%2F1", call.RawTarget);
        Assert.StartsWith("application/json", call.ContentType, StringComparison.Ordinal);
        Assert.Equal("sorry to hear that", JsonDocument.Parse(call.Body).RootElement.GetProperty("text").GetString());
        Assert.Equal("stub-1", response.Id);
    }

    [Fact]
    public async Task SendToConversation_PostsToTheConversation_KeepingTheServiceUrlsPath()
    {
        using var services = Services();
        var client = services.GetRequiredService<IConnectorClientFactory>().Create(new Uri(_channel.ServiceUrl, "amer").AbsoluteUri);

        await client.SendToConversationAsync("conv-1", Message("hello"), CancellationToken.None);

        var call = Assert.Single(_channel.Requests);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/amer/v3/conversations/conv-1/activities", call.RawTarget);
    }

    [Fact]
    public async Task UpdateAndDelete_UseTheActivitysAddress()
    {
        using var services = Services();
        var client = Connector(services);

        await client.UpdateActivityAsync("conv-1", "act-1", Message("edited"), CancellationToken.None);
        await client.DeleteActivityAsync("conv-1", "act-1", CancellationToken.None);

        Assert.Collection(
            _channel.Requests,
            update => Assert.Equal(("PUT", "/v3/conversations/conv-1/activities/act-1"), (update.Method, update.RawTarget)),
            delete => Assert.Equal(("DELETE", "/v3/conversations/conv-1/activities/act-1", string.Empty), (delete.Method, delete.RawTarget, delete.Body)));
    }

    [Fact]
    public async Task CreateConversation_TeamsOneToOne_SendsBotMembersTenantIdAndChannelDataTenant()
    {
        using var services = Services();
        var client = Connector(services);
        _channel.Enqueue(HttpStatusCode.Created, """{"id":"a:new-chat","activityId":"1","serviceUrl":"https://smba.example/amer/"}""");

        var created = await client.CreateConversationAsync(
            new ConversationParameters
            {
                IsGroup = false,
                Bot = new ChannelAccount { Id = "28:bot-app-id", Name = "ComplaintBot" },
                Members = [new ChannelAccount { Id = "29:user-id" }],
                TenantId = "tenant-1",
                ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = "tenant-1" } }),
            },
            CancellationToken.None);

        var call = Assert.Single(_channel.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (call.Method, call.RawTarget));
        var body = JsonDocument.Parse(call.Body).RootElement;
        Assert.False(body.GetProperty("isGroup").GetBoolean());
        Assert.Equal("28:bot-app-id", body.GetProperty("bot").GetProperty("id").GetString());
        Assert.Equal("29:user-id", Assert.Single(body.GetProperty("members").EnumerateArray()).GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", body.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(new ConversationResourceResponse("a:new-chat", "1", "https://smba.example/amer/"), created);
    }

    [Fact]
    public async Task Token_IsSentToATrustedServiceUrl_AndNeverToAnUntrustedOne()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("token-abc");
        using var services = Services(tokens.Object);
        services.GetRequiredService<IServiceUrlTrust>().Trust(_channel.ServiceUrl.AbsoluteUri);
        var untrustedAlias = new UriBuilder(_channel.ServiceUrl) { Host = "localhost" }.Uri.AbsoluteUri;

        await Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None);
        var refused = await Assert.ThrowsAsync<ConnectorException>(() => services.GetRequiredService<IConnectorClientFactory>()
            .Create(untrustedAlias).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None));

        Assert.Equal("Bearer token-abc", Assert.Single(_channel.Requests).Authorization);
        Assert.Equal(ConnectorFailure.UntrustedServiceUrl, refused.Failure);
    }

    [Fact]
    public async Task ConfiguredServiceUrl_IsTrustedBeforeAnyActivityArrives()
    {
        var tokens = new Mock<IBotTokenProvider>();
        tokens.Setup(t => t.GetTokenAsync(It.IsAny<CancellationToken>())).ReturnsAsync("token-abc");
        using var services = Services(tokens.Object, new() { ["BotConnector:TrustedServiceUrls:0"] = _channel.ServiceUrl.AbsoluteUri });

        await Connector(services).SendToConversationAsync("conv-1", Message("follow-up"), CancellationToken.None);

        Assert.Equal("Bearer token-abc", Assert.Single(_channel.Requests).Authorization);
    }

    [Fact]
    public async Task Throttled_WaitsForRetryAfter_ThenSucceeds()
    {
        using var services = Services();
        _channel.Enqueue(HttpStatusCode.TooManyRequests, headers: new Dictionary<string, string> { ["Retry-After"] = "7" });

        var response = await Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None);

        Assert.Equal(2, _channel.Requests.Count);
        Assert.Equal([TimeSpan.FromSeconds(7)], _time.Delays);
        Assert.Equal("stub-1", response.Id);
    }

    [Fact]
    public async Task Throttled_WithRetryAfterBeyondTheLimit_SurfacesAsThrottledWithoutRetrying()
    {
        using var services = Services();
        _channel.Enqueue(HttpStatusCode.TooManyRequests, """{"error":{"code":"Throttled"}}""", new Dictionary<string, string> { ["Retry-After"] = "3600" });

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Throttled, 429, "Throttled"), (failure.Failure, failure.StatusCode, failure.ErrorCode));
        Assert.Single(_channel.Requests);
    }

    [Theory]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.ServiceUnavailable)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task TransientFailure_IsRetriedWithBackoff_ThenSucceeds(HttpStatusCode status)
    {
        using var services = Services();
        _channel.Enqueue(status).Enqueue(status);

        await Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None);

        Assert.Equal(3, _channel.Requests.Count);
        Assert.Equal(2, _time.Delays.Count);
        Assert.All(_time.Delays, delay => Assert.InRange(delay, TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(10)));
    }

    [Fact]
    public async Task ServiceUnavailable_ThatPersists_SurfacesAsUnavailableAfterTheRetries()
    {
        using var services = Services();
        for (var i = 0; i < 4; i++)
        {
            _channel.Enqueue(HttpStatusCode.ServiceUnavailable);
        }

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None));

        Assert.Equal((ConnectorFailure.Unavailable, 503), (failure.Failure, failure.StatusCode));
        Assert.Equal(4, _channel.Requests.Count);
    }

    [Fact]
    public async Task Timeout_IsRetried()
    {
        using var services = Services(settings: new() { ["BotConnector:AttemptTimeout"] = "00:00:00.2" });
        _channel.EnqueueNoAnswer();

        var response = await Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None);

        Assert.Equal(2, _channel.Requests.Count);
        Assert.Equal("stub-1", response.Id);
    }

    [Theory]
    [InlineData(HttpStatusCode.BadRequest, ConnectorFailure.Rejected, "BadArgument")]
    [InlineData(HttpStatusCode.Unauthorized, ConnectorFailure.Rejected, "BotNotRegistered")]
    [InlineData(HttpStatusCode.Forbidden, ConnectorFailure.Forbidden, "ConversationBlockedByUser")]
    [InlineData(HttpStatusCode.Forbidden, ConnectorFailure.Forbidden, "BotNotInConversationRoster")]
    [InlineData(HttpStatusCode.NotFound, ConnectorFailure.NotFound, "ConversationNotFound")]
    [InlineData(HttpStatusCode.RequestEntityTooLarge, ConnectorFailure.Rejected, "MessageSizeTooBig")]
    [InlineData(HttpStatusCode.InternalServerError, ConnectorFailure.Unavailable, "ServiceError")]
    public async Task FinalFailure_IsNotRetried_AndIsTyped(HttpStatusCode status, ConnectorFailure expected, string errorCode)
    {
        using var services = Services();
        _channel.Enqueue(status, JsonSerializer.Serialize(new { error = new { code = errorCode, message = "no" } }));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() => Connector(services).SendToConversationAsync("conv-1", Message("hi"), CancellationToken.None));

        Assert.Equal((expected, (int)status, errorCode), (failure.Failure, failure.StatusCode, failure.ErrorCode));
        Assert.Single(_channel.Requests);
        Assert.Empty(_time.Delays);
    }

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private IConnectorClient Connector(ServiceProvider services)
        => services.GetRequiredService<IConnectorClientFactory>().Create(_channel.ServiceUrl.AbsoluteUri);

    private ServiceProvider Services(IBotTokenProvider? tokens = null, Dictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings ?? []).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_time);
        services.AddBotAuthentication(configuration).AddBotConnector(configuration);
        if (tokens is not null)
        {
            services.AddSingleton(tokens);
        }

        return services.BuildServiceProvider();
    }
}
