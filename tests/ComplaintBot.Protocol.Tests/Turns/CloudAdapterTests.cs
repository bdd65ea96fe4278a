using System.Security.Claims;
using System.Text.Json;
using ComplaintBot.Protocol.Auth;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace ComplaintBot.Protocol.Tests.Turns;

public class CloudAdapterTests
{
    private readonly Mock<IChannelAuthenticator> _authenticator = new();
    private readonly Mock<IConnectorClient> _connector = new();
    private readonly Mock<IServiceUrlTrust> _trust = new();
    private readonly CloudAdapter _adapter;

    public CloudAdapterTests()
    {
        var factory = new Mock<IConnectorClientFactory>();
        factory.Setup(f => f.Create(It.IsAny<string>())).Returns(_connector.Object);
        _connector.Setup(c => c.ReplyToActivityAsync(It.IsAny<string>(), It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse("reply-id"));
        _connector.Setup(c => c.SendToConversationAsync(It.IsAny<string>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ResourceResponse("send-id"));
        Authenticate(new ClaimsIdentity([new Claim(AuthenticationConstants.AudienceClaim, "app")], "Bearer"));
        _adapter = new CloudAdapter(_authenticator.Object, factory.Object, _trust.Object, NullLogger<CloudAdapter>.Instance);
    }

    private void Authenticate(ClaimsIdentity identity)
        => _authenticator.Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>())).ReturnsAsync(identity);

    private static Activity Message(string? deliveryMode = null) => new()
    {
        Type = ActivityTypes.Message,
        Id = "in-1",
        ChannelId = "msteams",
        ServiceUrl = "https://smba.example/",
        From = new ChannelAccount { Id = "user" },
        Recipient = new ChannelAccount { Id = "bot" },
        Conversation = new ConversationAccount { Id = "conv" },
        Text = "hello",
        DeliveryMode = deliveryMode,
        CallerId = "urn:forged",
    };

    private static IBot Bot(Func<ITurnContext, Task> logic)
    {
        var bot = new Mock<IBot>();
        bot.Setup(b => b.OnTurnAsync(It.IsAny<ITurnContext>(), It.IsAny<CancellationToken>())).Returns((ITurnContext c, CancellationToken _) => logic(c));
        return bot.Object;
    }

    [Fact]
    public async Task ProcessActivity_NormalTurn_RepliesThroughConnectorAndAnswers200Empty()
    {
        var outcome = await _adapter.ProcessActivityAsync("Bearer t", Message(), Bot(c => c.SendActivityAsync("hi")), CancellationToken.None);

        Assert.Equal(200, outcome.Status);
        Assert.Null(outcome.Body);
        _connector.Verify(c => c.ReplyToActivityAsync("conv", "in-1", It.Is<Activity>(a => a.Text == "hi" && a.From!.Id == "bot" && a.Recipient!.Id == "user" && a.Id == null), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ProcessActivity_ExpectReplies_ReturnsRepliesInOrderWithoutConnectorCalls()
    {
        var outcome = await _adapter.ProcessActivityAsync((string?)null, Message(DeliveryModes.ExpectReplies), Bot(async c =>
        {
            await c.SendActivityAsync("one");
            await c.SendActivitiesAsync([ActivityExtensions.CreateMessage("two"), ActivityExtensions.CreateMessage("three")]);
        }), CancellationToken.None);

        var replies = Assert.IsType<ExpectedReplies>(outcome.Body);
        Assert.Equal(["one", "two", "three"], replies.Activities.Select(a => a.Text));
        Assert.All(replies.Activities, a => Assert.Equal("in-1", a.ReplyToId));
        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessActivity_InvokeWithoutResponse_Returns501()
    {
        var invoke = Message();
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "adaptiveCard/action";

        var outcome = await _adapter.ProcessActivityAsync((string?)null, invoke, Bot(_ => Task.CompletedTask), CancellationToken.None);

        Assert.Equal(501, outcome.Status);
    }

    [Fact]
    public async Task ProcessActivity_InvokeWithResponse_ReturnsItsStatusAndBody()
    {
        var invoke = Message();
        invoke.Type = ActivityTypes.Invoke;
        var value = JsonSerializer.SerializeToElement(new { status = 202, body = new { ok = true } });

        var outcome = await _adapter.ProcessActivityAsync((string?)null, invoke, Bot(c => c.SendActivityAsync(new Activity { Type = ActivityTypes.InvokeResponse, Value = value })), CancellationToken.None);

        Assert.Equal(202, outcome.Status);
        Assert.True(Assert.IsType<JsonElement>(outcome.Body).GetProperty("ok").GetBoolean());
        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ProcessActivity_Authenticated_SetsCallerIdAndTrustsServiceUrl()
    {
        var activity = Message();

        await _adapter.ProcessActivityAsync("Bearer t", activity, Bot(_ => Task.CompletedTask), CancellationToken.None);

        Assert.Equal(AuthenticationConstants.PublicCloudCallerId, activity.CallerId);
        _trust.Verify(t => t.Trust("https://smba.example/"), Times.Once);
    }

    [Fact]
    public async Task ProcessActivity_Anonymous_ClearsForgedCallerIdAndTrustsNothing()
    {
        Authenticate(new ClaimsIdentity(AuthenticationConstants.AnonymousAuthType));
        var activity = Message();

        await _adapter.ProcessActivityAsync((string?)null, activity, Bot(_ => Task.CompletedTask), CancellationToken.None);

        Assert.Null(activity.CallerId);
        _trust.Verify(t => t.Trust(It.IsAny<string>()), Times.Never);
    }

    [Fact]
    public async Task ProcessActivity_Unauthorized_RunsNoTurn()
    {
        _authenticator.Setup(a => a.AuthenticateAsync(It.IsAny<string?>(), It.IsAny<Activity>(), It.IsAny<CancellationToken>())).ThrowsAsync(new UnauthorizedAccessException());
        var ran = false;

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _adapter.ProcessActivityAsync("Bearer bad", Message(), Bot(_ => { ran = true; return Task.CompletedTask; }), CancellationToken.None));

        Assert.False(ran);
    }

    [Fact]
    public async Task SendActivities_TraceOutsideEmulator_IsDropped()
    {
        await _adapter.ProcessActivityAsync((string?)null, Message(), Bot(c => c.SendActivityAsync(new Activity { Type = ActivityTypes.Trace, Name = "debug" })), CancellationToken.None);

        _connector.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ContinueConversation_Reference_RunsCallbackAndSendsToConversation()
    {
        var reference = Message().GetConversationReference();
        reference.ActivityId = null;
        ITurnContext? seen = null;

        await _adapter.ContinueConversationAsync(reference, async (c, ct) => { seen = c; await c.SendActivityAsync("later", ct); }, CancellationToken.None);

        Assert.Equal(ActivityEventNames.ContinueConversation, seen!.Activity.Name);
        _trust.Verify(t => t.Trust("https://smba.example/"), Times.Once);
        _connector.Verify(c => c.SendToConversationAsync("conv", It.Is<Activity>(a => a.Text == "later"), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task ContinueConversation_ReferenceWithoutServiceUrl_Throws()
    {
        var reference = Message().GetConversationReference();
        reference.ServiceUrl = null;

        await Assert.ThrowsAsync<ArgumentException>(() => _adapter.ContinueConversationAsync(reference, (_, _) => Task.CompletedTask, CancellationToken.None));
    }

    [Fact]
    public async Task Middleware_RunsInOrderAroundTheTurn()
    {
        var calls = new List<string>();
        _adapter.Use(new RecordingMiddleware("a", calls)).Use(new RecordingMiddleware("b", calls));

        await _adapter.ProcessActivityAsync((string?)null, Message(), Bot(_ => { calls.Add("bot"); return Task.CompletedTask; }), CancellationToken.None);

        Assert.Equal(["a>", "b>", "bot", "<b", "<a"], calls);
    }

    private sealed class RecordingMiddleware(string name, List<string> calls) : IMiddleware
    {
        public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
        {
            calls.Add(name + ">");
            await nextTurn(cancellationToken);
            calls.Add("<" + name);
        }
    }
}
