using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Tests.Engine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;
using Xunit.Sdk;

namespace ComplaintBot.Dialogs.Tests.Kit;

public class TestFlowTests
{
    public static TheoryData<string, ScriptTurn[]> ContactScripts() => new()
    {
        {
            "en-US",
            [
                new("hi", ContactDialog.AskName),
                new("help", CancelAndHelpDialog.HelpText, ContactDialog.AskName),
                new("Ana", ContactDialog.AskConfirm),
                new("yes please", "Noted: Ana (True)"),
            ]
        },
        {
            "ko-KR",
            [
                new("안녕하세요", ContactDialog.AskName),
                new("김민준", ContactDialog.AskConfirm),
                new("아니요", "Noted: 김민준 (False)"),
            ]
        },
        {
            "zh-CN",
            [
                new("你好", ContactDialog.AskName),
                new("王芳", ContactDialog.AskConfirm),
                new("什么？", ContactDialog.AskConfirm),
                new("是的", "Noted: 王芳 (True)"),
            ]
        },
    };

    [Theory]
    [MemberData(nameof(ContactScripts))]
    public async Task ContactScript_RestartBetweenEveryTurn_PlaysThrough(string locale, ScriptTurn[] script)
    {
        await new TestFlow(new DialogTestClient(() => new ContactDialog(), locale: locale)).Play(script).StartTestAsync();
    }

    [Fact]
    public async Task TestFlow_RepliesAndButtons_AreAssertedInOrder()
    {
        await new TestFlow(new DialogTestClient(() => new ContactDialog()))
            .Send("hi")
            .AssertReply(ContactDialog.AskName)
            .Send("Ana")
            .AssertReply(ContactDialog.AskConfirm, ["Yes", "No"])
            .Send("cancel")
            .AssertReplyContains("Cancel")
            .AssertNoReply()
            .StartTestAsync();
    }

    [Fact]
    public async Task TestFlow_WrongReply_FailsNamingTheStep()
    {
        var flow = new TestFlow(new DialogTestClient(() => new ContactDialog())).Send("hi").AssertReply("Hello!");

        var failure = await Assert.ThrowsAsync<XunitException>(flow.StartTestAsync);

        Assert.Contains("Step 2 AssertReply(\"Hello!\")", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestFlow_ReplyLeftUnasserted_Fails()
    {
        var flow = new TestFlow(new DialogTestClient(() => new ContactDialog())).Send("hi").Send("Ana");

        var failure = await Assert.ThrowsAsync<XunitException>(flow.StartTestAsync);

        Assert.Contains(ContactDialog.AskName, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TestFlow_IgnoreReplies_SkipsThem()
    {
        await new TestFlow(new DialogTestClient(() => new ContactDialog()))
            .Send("hi").IgnoreReplies()
            .Send("Ana").AssertReply(ContactDialog.AskConfirm)
            .StartTestAsync();
    }

    [Fact]
    public async Task TestFlow_AgainstABotCreatedEachTurn_RunsItsDialogsAndState()
    {
        var storage = new MemoryStorage();
        var adapter = new TestAdapter();

        await new TestFlow(adapter, () => new DialogBot(new ConversationState(storage), new ContactDialog()))
            .Send(new Activity { Type = ActivityTypes.ConversationUpdate })
            .AssertNoReply()
            .Send("hi").AssertReply(ContactDialog.AskName)
            .Send("Ana").AssertReply(ContactDialog.AskConfirm)
            .StartTestAsync();
    }

    [Fact]
    public async Task TestAdapter_Reply_IsAddressedToTheTestConversation()
    {
        var client = new DialogTestClient(() => new ContactDialog(), locale: "sl-SI");

        var reply = Assert.Single(await client.SendActivityAsync("živjo"));

        Assert.Equal("conversation1", reply.Conversation!.Id);
        Assert.Equal("user1", reply.Recipient!.Id);
        Assert.Equal("bot", reply.From!.Id);
        Assert.Equal("sl-SI", reply.Locale);
        Assert.NotNull(reply.ReplyToId);
    }

    /// <summary>The samples' DialogBot: runs the dialog on messages and saves the conversation state after every turn.</summary>
    private sealed class DialogBot(ConversationState conversationState, Dialog dialog) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
        {
            if (turnContext.Activity.IsType(ActivityTypes.Message))
            {
                await dialog.RunAsync(turnContext, conversationState.CreateProperty<DialogState>(nameof(DialogState)), cancellationToken);
            }

            await conversationState.SaveChangesAsync(turnContext, cancellationToken);
        }
    }
}
