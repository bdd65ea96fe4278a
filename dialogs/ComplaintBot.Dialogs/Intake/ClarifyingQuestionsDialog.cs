using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Resources;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// Asks, one at a time, the clarifying questions the planner says are still missing for this kind of complaint, and
/// files each answer where it belongs. Ends when nothing is missing or the question budget is spent.
/// </summary>
public sealed class ClarifyingQuestionsDialog
{
    public const string DialogId = "intake.clarify";

    private readonly ClarifyingQuestionPlanner _planner;
    private readonly ComplaintDetailExtractor _extractor;

    public ClarifyingQuestionsDialog(ClarifyingQuestionPlanner planner, ComplaintDetailExtractor extractor)
    {
        _planner = planner;
        _extractor = extractor;
        Dialog = new WaterfallDialog<ComplaintDraft>(DialogId, [AskNextAsync, RecordAnswerAsync]);
    }

    public WaterfallDialog<ComplaintDraft> Dialog { get; }

    private async Task<DialogTurnResult> AskNextAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Details;
        // A vague story makes the first question a request for an example. Once a question is asked, that one was either
        // asked or not needed, so the story is read for vagueness only before the first question, not before each one.
        var vague = draft.Asked.Count == 0 && _planner.IsVague(draft.StoryText, text => _extractor.Extract(text, CultureInfo.CurrentUICulture));
        var plan = _planner.Plan(draft.Category, draft.Facts, vague, draft.Customer, draft.Asked);
        if (plan.Count == 0)
        {
            return await step.EndDialogAsync(draft with { PendingQuestion = null }, cancellationToken);
        }

        var next = plan[0];
        step.Details = draft with { Asked = [.. draft.Asked, next.Question], PendingQuestion = next };
        var question = BotMessages.ResourceManager.GetString(next.ResourceKey, CultureInfo.CurrentUICulture) ?? next.ResourceKey;
        return await step.PromptAsync(IntakeDialog.TextPromptId, PromptOptions.FromText(question), cancellationToken);
    }

    private async Task<DialogTurnResult> RecordAnswerAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Details;
        if (step.Result is string typed && draft.PendingQuestion is { } question)
        {
            var answer = question.Fills == ComplaintSlot.Product ? AnswerText.Core(typed) : typed;
            var found = _extractor.Extract(answer, CultureInfo.CurrentUICulture, question.Expecting);
            var facts = found.ApplyTo(draft.Facts);
            var customer = found.ApplyTo(draft.Customer);
            if (!ComplaintSlots.IsKnown(question.Fills, facts, customer))
            {
                if (question.Fills == ComplaintSlot.AccountId)
                {
                    customer = ComplaintSlots.Fill(question.Fills, customer, answer);
                }
                else
                {
                    facts = ComplaintSlots.Fill(question.Fills, facts, answer);
                }
            }

            draft = draft with { Facts = facts, Customer = customer };
        }

        return await step.ReplaceDialogAsync(DialogId, draft with { PendingQuestion = null }, cancellationToken);
    }
}
