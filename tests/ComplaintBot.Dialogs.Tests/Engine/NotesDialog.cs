using System.Globalization;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>Collects notes until "done", then a travel date, looping with ReplaceDialogAsync; the details grow over many turns.</summary>
public sealed class NotesDialog : ComponentDialog
{
    public const string AskNote = "Anything else? Say done when finished.";
    public const string AskDate = "When (yyyy-mm-dd)?";

    public NotesDialog()
        : base(nameof(NotesDialog))
    {
        AddDialog(new WaterfallDialog<TripDetails>(nameof(WaterfallDialog<TripDetails>), [NoteStepAsync, CollectStepAsync]));
        AddDialog(new WaterfallDialog<TripDetails>("date", [DateStepAsync, SummaryStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new TextPrompt("datePrompt", DateValidatorAsync));
    }

    private static Task<DialogTurnResult> NoteStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync(nameof(TextPrompt), PromptOptions.FromText(AskNote), cancellationToken);

    private static Task<DialogTurnResult> CollectStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
    {
        var text = (string)stepContext.Result!;
        return text == "done"
            ? stepContext.ReplaceDialogAsync("date", stepContext.Details, cancellationToken)
            : stepContext.ReplaceDialogAsync(nameof(WaterfallDialog<TripDetails>), stepContext.Details with { Notes = [.. stepContext.Details.Notes, text] }, cancellationToken);
    }

    private static Task<DialogTurnResult> DateStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync("datePrompt", PromptOptions.FromText(AskDate), cancellationToken);

    private static async Task<DialogTurnResult> SummaryStepAsync(WaterfallStepContext<TripDetails> stepContext, CancellationToken cancellationToken)
    {
        var details = stepContext.Details with { TravelDate = DateOnly.Parse((string)stepContext.Result!, CultureInfo.InvariantCulture) };
        await stepContext.Context.SendActivityAsync(
            $"{details.TravelDate:yyyy-MM-dd}: {string.Join(" | ", details.Notes)}", cancellationToken);
        return await stepContext.EndDialogAsync(details, cancellationToken);
    }

    private static Task<bool> DateValidatorAsync(PromptValidatorContext<string> promptContext, CancellationToken cancellationToken)
        => Task.FromResult(DateOnly.TryParseExact(promptContext.Recognized.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
}
