using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Tests.Kit;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Tests.Engine;

public class WaterfallDialogTests
{
    [Fact]
    public async Task Waterfall_StepsRunInOrder_AndEndWithTheCollectedDetails()
    {
        var client = new DialogTestClient(() => new TripDialog());

        Assert.Equal([TripDialog.AskDestination], (await client.SendActivityAsync("hi")).Texts());
        Assert.Equal(DialogTurnStatus.Waiting, client.DialogTurnResult!.Status);
        Assert.Equal([TripDialog.AskOrigin], (await client.SendActivityAsync("Ljubljana")).Texts());
        Assert.Equal(["Seoul to Ljubljana"], (await client.SendActivityAsync("Seoul")).Texts());

        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult.Status);
        var details = Assert.IsType<TripDetails>(client.DialogTurnResult.Result);
        Assert.Equal(("Ljubljana", "Seoul"), (details.Destination, details.Origin));
    }

    [Fact]
    public async Task NextAsync_AnswerAlreadyKnown_SkipsTheQuestion()
    {
        var client = new DialogTestClient(() => new TripDialog(), new TripDetails { Destination = "Tokyo" });

        Assert.Equal([TripDialog.AskOrigin], (await client.SendActivityAsync("hi")).Texts());
        Assert.Equal(["Shanghai to Tokyo"], (await client.SendActivityAsync("Shanghai")).Texts());
    }

    [Fact]
    public async Task NextAsync_EveryAnswerKnown_EndsInTheFirstTurn()
    {
        var client = new DialogTestClient(() => new TripDialog(), new TripDetails { Destination = "Tokyo", Origin = "Seoul" });

        Assert.Equal(["Seoul to Tokyo"], (await client.SendActivityAsync("hi")).Texts());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    [Fact]
    public async Task Waterfall_AfterLastStep_EndsWithTheDetails()
    {
        var waterfall = new WaterfallDialog<TripDetails>("notes",
        [
            (step, ct) => step.NextAsync(null, ct),
            (step, ct) =>
            {
                step.Details = step.Details with { Notes = ["first", "second"] };
                return step.NextAsync(null, ct);
            },
        ]);
        var client = new DialogTestClient(() => waterfall);

        await client.SendActivityAsync("hi");

        var details = Assert.IsType<TripDetails>(client.DialogTurnResult!.Result);
        Assert.Equal(["first", "second"], details.Notes);
    }

    [Fact]
    public async Task Step_SecondMove_Throws()
    {
        var client = new DialogTestClient(() => new WaterfallDialog<TripDetails>("twice",
        [
            async (step, ct) =>
            {
                await step.NextAsync(null, ct);
                return await step.NextAsync(null, ct);
            },
            (step, ct) => Task.FromResult(Dialog.EndOfTurn),
        ]));

        await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendActivityAsync("hi"));
    }

    [Fact]
    public async Task Begin_WithOptionsOfAnotherType_ThrowsAClearError()
    {
        var client = new DialogTestClient(() => new TripDialog(), initialOptions: "Tokyo");

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendActivityAsync("hi"));

        Assert.Contains("TripDetails", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Waterfall_WaitingForAMessage_IgnoresOtherActivities()
    {
        var client = new DialogTestClient(() => new TripDialog());
        await client.SendActivityAsync("hi");

        var replies = await client.SendActivityAsync(new Activity { Type = ActivityTypes.Typing });

        Assert.Empty(replies);
        Assert.Equal([TripDialog.AskOrigin], (await client.SendActivityAsync("Ljubljana")).Texts());
    }

    [Fact]
    public async Task ChildDialog_Result_IsTheNextStepsResult()
    {
        var client = new DialogTestClient(() => new ParentDialog());

        Assert.Equal([TripDialog.AskDestination], (await client.SendActivityAsync("hi")).Texts());
        await client.SendActivityAsync("Ljubljana");
        Assert.Equal(["Seoul to Ljubljana", "Booked: Seoul to Ljubljana"], (await client.SendActivityAsync("Seoul")).Texts());
        Assert.Equal(DialogTurnStatus.Complete, client.DialogTurnResult!.Status);
    }

    private sealed class ParentDialog : ComponentDialog
    {
        public ParentDialog()
            : base(nameof(ParentDialog))
        {
            AddDialog(new WaterfallDialog<TripDetails>(nameof(WaterfallDialog<TripDetails>), [BookStepAsync, ConfirmStepAsync]));
            AddDialog(new TripDialog());
        }

        private static Task<DialogTurnResult> BookStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
            => stepContext.BeginDialogAsync(nameof(TripDialog), null, cancellationToken);

        private static async Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
        {
            var trip = (TripDetails)stepContext.Result!;
            await stepContext.Context.SendActivityAsync($"Booked: {trip.Origin} to {trip.Destination}", cancellationToken);
            return await stepContext.EndDialogAsync(trip, cancellationToken);
        }
    }
}
