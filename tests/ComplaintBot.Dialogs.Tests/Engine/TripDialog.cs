using ComplaintBot.Dialogs.Engine;

namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>
/// A waterfall in the samples' shape that waits for plain messages (no prompts): destination, origin, then a summary.
/// A step whose answer is already in the details skips ahead with NextAsync.
/// </summary>
public sealed class TripDialog : ComponentDialog
{
    public const string AskDestination = "Where would you like to travel to?";
    public const string AskOrigin = "Where are you travelling from?";

    public TripDialog()
        : base(nameof(TripDialog))
    {
        AddDialog(new WaterfallDialog<TripDetails>(nameof(WaterfallDialog<TripDetails>),
        [
            DestinationStepAsync,
            OriginStepAsync,
            SummaryStepAsync,
        ]));
        InitialDialogId = nameof(WaterfallDialog<TripDetails>);
    }

    private static async Task<DialogTurnResult> DestinationStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
    {
        if (stepContext.Details.Destination is { } known)
        {
            return await stepContext.NextAsync(known, cancellationToken);
        }

        await stepContext.Context.SendActivityAsync(AskDestination, cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> OriginStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
    {
        stepContext.Details = stepContext.Details with { Destination = (string)stepContext.Result! };
        if (stepContext.Details.Origin is { } known)
        {
            return await stepContext.NextAsync(known, cancellationToken);
        }

        await stepContext.Context.SendActivityAsync(AskOrigin, cancellationToken);
        return Dialog.EndOfTurn;
    }

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
    {
        var details = stepContext.Details with { Origin = (string)stepContext.Result! };
        await stepContext.Context.SendActivityAsync($"{details.Origin} to {details.Destination}", cancellationToken);
        return await stepContext.EndDialogAsync(details, cancellationToken);
    }
}
