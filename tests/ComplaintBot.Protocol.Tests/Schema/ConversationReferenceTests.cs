using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Tests.Schema;

public class ConversationReferenceTests
{
    private static Activity Incoming(string type = ActivityTypes.Message, string channelId = "msteams") => new()
    {
        Type = type,
        Id = "activity-1",
        ChannelId = channelId,
        ServiceUrl = "https://smba.trafficmanager.net/emea/",
        From = new ChannelAccount { Id = "user-1", Name = "Jane" },
        Recipient = new ChannelAccount { Id = "bot-1", Name = "Bot" },
        Conversation = new ConversationAccount { Id = "conv-1" },
        Locale = "ko-KR",
    };

    [Fact]
    public void GetConversationReference_Message_CopiesAddressing()
    {
        var reference = Incoming().GetConversationReference();

        Assert.Equal("activity-1", reference.ActivityId);
        Assert.Equal("user-1", reference.User!.Id);
        Assert.Equal("bot-1", reference.Bot!.Id);
        Assert.Equal("conv-1", reference.Conversation!.Id);
        Assert.Equal("msteams", reference.ChannelId);
        Assert.Equal("ko-KR", reference.Locale);
        Assert.Equal("https://smba.trafficmanager.net/emea/", reference.ServiceUrl);
    }

    [Theory]
    [InlineData("directline")]
    [InlineData("webchat")]
    public void GetConversationReference_DirectLineConversationUpdate_HasNoActivityId(string channelId)
        => Assert.Null(Incoming(ActivityTypes.ConversationUpdate, channelId).GetConversationReference().ActivityId);

    [Fact]
    public void ApplyConversationReference_Outgoing_SwapsSidesAndRepliesToIncoming()
    {
        var reference = Incoming().GetConversationReference();

        var reply = new Activity { Type = ActivityTypes.Message, Text = "hello" }.ApplyConversationReference(reference);

        Assert.Equal("bot-1", reply.From!.Id);
        Assert.Equal("user-1", reply.Recipient!.Id);
        Assert.Equal("activity-1", reply.ReplyToId);
        Assert.Equal("conv-1", reply.Conversation!.Id);
        Assert.Equal("ko-KR", reply.Locale);
    }

    [Fact]
    public void ApplyConversationReference_OutgoingWithOwnLocale_KeepsIt()
    {
        var reply = new Activity { Locale = "sl-SI" }.ApplyConversationReference(Incoming().GetConversationReference());

        Assert.Equal("sl-SI", reply.Locale);
    }

    [Fact]
    public void ApplyConversationReference_Incoming_KeepsSidesAndSetsId()
    {
        var activity = new Activity().ApplyConversationReference(Incoming().GetConversationReference(), isIncoming: true);

        Assert.Equal("user-1", activity.From!.Id);
        Assert.Equal("bot-1", activity.Recipient!.Id);
        Assert.Equal("activity-1", activity.Id);
        Assert.Null(activity.ReplyToId);
    }

    [Fact]
    public void GetContinuationActivity_Reference_IsContinueConversationEvent()
    {
        var reference = Incoming().GetConversationReference();

        var continuation = reference.GetContinuationActivity();

        Assert.Equal(ActivityTypes.Event, continuation.Type);
        Assert.Equal(ActivityEventNames.ContinueConversation, continuation.Name);
        Assert.Equal("user-1", continuation.From!.Id);
        Assert.Equal("bot-1", continuation.Recipient!.Id);
        Assert.Same(reference, continuation.RelatesTo);
        Assert.True(Guid.TryParse(continuation.Id, out _));
    }
}
