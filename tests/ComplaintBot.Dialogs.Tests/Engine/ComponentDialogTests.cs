using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Tests.Kit;

namespace ComplaintBot.Dialogs.Tests.Engine;

public class ComponentDialogTests
{
    [Fact]
    public async Task Help_AtAPrompt_RepliesAndAsksTheSameQuestionAgain()
    {
        var client = new DialogTestClient(() => new ContactDialog());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");

        var replies = await client.SendActivityAsync("help");

        Assert.Equal([CancelAndHelpDialog.HelpText, ContactDialog.AskConfirm], replies.Texts());
        Assert.Equal(["Yes", "No"], replies[1].Buttons());
        Assert.Equal(["Noted: Ana (True)"], (await client.SendActivityAsync("yes")).Texts());
    }

    [Fact]
    public async Task Help_DoesNotCountAsAnAttempt()
    {
        var client = new DialogTestClient(() => new ContactDialog());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        await client.SendActivityAsync("hmm");
        await client.SendActivityAsync("help");
        await client.SendActivityAsync("help");

        Assert.Equal([ContactDialog.AskConfirm], (await client.SendActivityAsync("hmm")).Texts());
    }

    [Fact]
    public async Task StartOver_RestartsTheInnerDialogsWithNewDetails()
    {
        var client = new DialogTestClient(() => new ContactDialog());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");

        Assert.Equal([ContactDialog.AskName], (await client.SendActivityAsync("start over")).Texts());
        Assert.Equal([ContactDialog.AskConfirm], (await client.SendActivityAsync("Maja")).Texts());
        Assert.Equal(["Noted: Maja (True)"], (await client.SendActivityAsync("da")).Texts());
    }

    [Fact]
    public async Task Cancel_EndsTheComponent_AndTheRunReportsCancelled()
    {
        var client = new DialogTestClient(() => new ContactDialog());
        await client.SendActivityAsync("hi");

        Assert.Equal([CancelAndHelpDialog.CancelledText], (await client.SendActivityAsync("cancel")).Texts());
        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
        Assert.Equal([ContactDialog.AskName], (await client.SendActivityAsync("hi again")).Texts());
    }

    [Fact]
    public async Task Cancel_InANestedComponent_ResumesTheParentWithNoResult()
    {
        var client = new DialogTestClient(() => new NestingDialog());
        await client.SendActivityAsync("hi");

        Assert.Equal([CancelAndHelpDialog.CancelledText, "Child ended with: null"], (await client.SendActivityAsync("cancel")).Texts());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Cancel_InAComponentThatIsItsParentsOnlyDialog_ReachesTheBotAsCancelled()
    {
        var client = new DialogTestClient(() => new WrapperDialog());
        await client.SendActivityAsync("hi");

        await client.SendActivityAsync("cancel");

        Assert.Equal(DialogTurnStatus.Cancelled, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Component_Completed_ReturnsTheInnerResult()
    {
        var client = new DialogTestClient(() => new ContactDialog());
        await client.SendActivityAsync("hi");
        await client.SendActivityAsync("Ana");
        await client.SendActivityAsync("no");

        Assert.Equal(new ContactDetails { Name = "Ana", Confirmed = false }, client.DialogTurnResult!.Result);
    }

    private sealed class WrapperDialog : ComponentDialog
    {
        public WrapperDialog()
            : base(nameof(WrapperDialog))
        {
            AddDialog(new ContactDialog());
        }
    }

    private sealed class NestingDialog : ComponentDialog
    {
        public NestingDialog()
            : base(nameof(NestingDialog))
        {
            AddDialog(new WaterfallDialog<ContactDetails>(nameof(WaterfallDialog<ContactDetails>), [ChildStepAsync, AfterChildStepAsync]));
            AddDialog(new ContactDialog());
        }

        private static Task<DialogTurnResult> ChildStepAsync(WaterfallStepContext<ContactDetails> stepContext, CancellationToken cancellationToken)
            => stepContext.BeginDialogAsync(nameof(ContactDialog), null, cancellationToken);

        private static async Task<DialogTurnResult> AfterChildStepAsync(WaterfallStepContext<ContactDetails> stepContext, CancellationToken cancellationToken)
        {
            await stepContext.Context.SendActivityAsync($"Child ended with: {stepContext.Result ?? "null"}", cancellationToken);
            return await stepContext.EndDialogAsync(cancellationToken);
        }
    }
}
