using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>Name, then a confirmation, with help and cancel at any point.</summary>
public sealed class ContactDialog : CancelAndHelpDialog
{
    public const string AskName = "What is your name?";
    public const string AskConfirm = "Shall I note that down?";

    public ContactDialog()
        : base(nameof(ContactDialog))
    {
        AddDialog(new WaterfallDialog<ContactDetails>(nameof(WaterfallDialog<ContactDetails>), [NameStepAsync, ConfirmStepAsync, FinalStepAsync]));
        AddDialog(new TextPrompt(nameof(TextPrompt)));
        AddDialog(new ConfirmPrompt(nameof(ConfirmPrompt)));
    }

    private static Task<DialogTurnResult> NameStepAsync(WaterfallStepContext<ContactDetails> stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync(nameof(TextPrompt), PromptOptions.FromText(AskName), cancellationToken);

    private static Task<DialogTurnResult> ConfirmStepAsync(WaterfallStepContext<ContactDetails> stepContext, CancellationToken cancellationToken)
    {
        stepContext.Details = stepContext.Details with { Name = (string)stepContext.Result! };
        return stepContext.PromptAsync(nameof(ConfirmPrompt), PromptOptions.FromText(AskConfirm), cancellationToken);
    }

    private static async Task<DialogTurnResult> FinalStepAsync(WaterfallStepContext<ContactDetails> stepContext, CancellationToken cancellationToken)
    {
        var details = stepContext.Details with { Confirmed = stepContext.Result is true };
        await stepContext.Context.SendActivityAsync($"Noted: {details.Name} ({details.Confirmed})", cancellationToken);
        return await stepContext.EndDialogAsync(details, cancellationToken);
    }
}
