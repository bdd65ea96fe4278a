using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Resources;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// Asks for the contact details still missing — name, email or phone, order or account number — never for what the
/// channel or earlier answers gave, and accepts "I don't have one".
/// </summary>
public sealed class ContactDetailsDialog
{
    public const string DialogId = "intake.contact";

    public const string ContactPromptId = "intake.contact.emailOrPhone";

    private readonly ComplaintDetailExtractor _extractor;

    public ContactDetailsDialog(ComplaintDetailExtractor extractor)
    {
        _extractor = extractor;
        Dialog = new WaterfallDialog<ComplaintDraft>(DialogId, [AskNextAsync, RecordAnswerAsync]);
        Prompt = new TextPrompt(ContactPromptId, IsEmailPhoneOrNoneAsync);
    }

    public WaterfallDialog<ComplaintDraft> Dialog { get; }

    /// <summary>The email-or-phone prompt, which re-asks once when the answer is neither.</summary>
    public TextPrompt Prompt { get; }

    private async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Details;
        var missing = ContactDetailsPlanner.Missing(draft.Customer, draft.Facts, draft.Declined);
        if (missing.Count == 0)
        {
            return await step.EndDialogAsync(draft with { PendingContact = null }, cancellationToken);
        }

        var next = missing[0];
        step.Details = draft with { PendingContact = next };
        return next.Detail switch
        {
            ContactDetail.Name => await step.PromptAsync(IntakeDialog.TextPromptId, PromptOptions.FromText(BotMessages.AskName), cancellationToken),
            ContactDetail.EmailOrPhone => await step.PromptAsync(
                ContactPromptId,
                IntakePrompts.TextWithButtons(BotMessages.AskContact, BotMessages.ButtonNone) with
                {
                    RetryPrompt = IntakePrompts.TextWithButtons(BotMessages.ContactRetry, BotMessages.ButtonNone).Prompt,
                    MaxAttempts = 2,
                },
                cancellationToken),
            _ => await step.PromptAsync(IntakeDialog.TextPromptId, IntakePrompts.TextWithButtons(BotMessages.AskOrderOrAccount, BotMessages.ButtonNone), cancellationToken),
        };
    }

    private async Task<DialogTurnResult> RecordAnswerAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Details;
        if (draft.PendingContact is { } question)
        {
            draft = step.Result is string answer && !IntakePrompts.IsButton(answer, BotMessages.ButtonNone)
                ? Fill(draft, question, answer.Trim())
                : draft with { Declined = [.. draft.Declined, question.Detail] };
        }

        return await step.ReplaceDialogAsync(DialogId, draft with { PendingContact = null }, cancellationToken);
    }

    private ComplaintDraft Fill(ComplaintDraft draft, ContactQuestion question, string answer)
    {
        var found = _extractor.Extract(answer, CultureInfo.CurrentUICulture, question.Expecting);
        return question.Detail switch
        {
            ContactDetail.Name => draft with { Customer = draft.Customer with { Name = answer } },
            ContactDetail.EmailOrPhone => draft with { Customer = found.ApplyTo(draft.Customer) },
            _ => found.First(DetailKind.OrderNumber) is { } order
                ? draft with { Facts = draft.Facts with { OrderNumber = draft.Facts.OrderNumber ?? order.Value } }
                : draft with { Customer = draft.Customer with { AccountId = answer } },
        };
    }

    private Task<bool> IsEmailPhoneOrNoneAsync(PromptValidatorContext<string> prompt, CancellationToken cancellationToken)
    {
        var answer = prompt.Recognized.Value;
        var valid = prompt.Recognized.Succeeded
            && (IntakePrompts.IsButton(answer, BotMessages.ButtonNone)
                || _extractor.Extract(answer!, CultureInfo.CurrentUICulture).All.Any(d => d.Kind is DetailKind.Email or DetailKind.Phone));
        return Task.FromResult(valid);
    }
}
