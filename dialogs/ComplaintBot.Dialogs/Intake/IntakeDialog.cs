using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Dialogs.Status;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// The complaint conversation: listen (several messages welcome), restate and let the customer correct, settle the
/// category, ask only the missing clarifying questions, learn what would make it right, collect missing contact
/// details, then file with an apology, a reference and an honest deadline. At any point: help, cancel, start over,
/// a status check, and — when the customer is upset or asks for a person — an immediate, explained handoff.
/// </summary>
public sealed class IntakeDialog : ComponentDialog
{
    public const string DialogId = "intake";
    public const string TextPromptId = "intake.text";
    private const string StepsId = "intake.steps";
    private const string ConfirmPromptId = "intake.confirm";
    private const string CategoryPromptId = "intake.category";
    private const string ResolutionPromptId = "intake.resolution";

    /// <summary>After this many story messages the bot moves on without asking "anything else?" again.</summary>
    private const int MaxStoryMessages = 6;

    private readonly ComplaintDetailExtractor _extractor;
    private readonly ComplaintCategoryClassifier _classifier;
    private readonly DesiredResolutionRecognizer _resolutions;
    private readonly ComplaintReferenceParser _references;
    private readonly ComplaintFiling _filing;
    private readonly HandoffStarter _handoff;
    private readonly StatusReporter _status;

    public IntakeDialog(
        ComplaintDetailExtractor extractor,
        ComplaintCategoryClassifier classifier,
        DesiredResolutionRecognizer resolutions,
        ComplaintReferenceParser references,
        ClarifyingQuestionsDialog clarifyingQuestions,
        ContactDetailsDialog contactDetails,
        ComplaintFiling filing,
        HandoffStarter handoff,
        StatusReporter status)
        : base(DialogId)
    {
        ArgumentNullException.ThrowIfNull(clarifyingQuestions);
        ArgumentNullException.ThrowIfNull(contactDetails);
        _extractor = extractor;
        _classifier = classifier;
        _resolutions = resolutions;
        _references = references;
        _filing = filing;
        _handoff = handoff;
        _status = status;

        AddDialog(new WaterfallDialog<ComplaintDraft>(StepsId,
        [
            AskStoryAsync,
            AskAnythingElseAsync,
            CollectMoreAsync,
            RestateAsync,
            AskCorrectionAsync,
            SettleCategoryAsync,
            ClarifyAsync,
            AskResolutionAsync,
            AskResolutionDetailsAsync,
            CollectContactDetailsAsync,
            FileAsync,
        ]));
        AddDialog(clarifyingQuestions.Dialog);
        AddDialog(contactDetails.Dialog);
        AddDialog(contactDetails.Prompt);
        AddDialog(new TextPrompt(TextPromptId));
        AddDialog(new ConfirmPrompt(ConfirmPromptId));
        AddDialog(new ChoicePrompt(CategoryPromptId));
        AddDialog(new ChoicePrompt(ResolutionPromptId, RecognizeTypedResolutionAsync));
        InitialDialogId = StepsId;
    }

    protected override async Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await InterruptAsync(innerDc, cancellationToken)
            ?? await innerDc.BeginDialogAsync(StepsId, FirstDraft(innerDc), cancellationToken);
    }

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return await InterruptAsync(innerDc, cancellationToken)
            ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    // 1. Listen: the first message is the story when it has substance; otherwise ask for it.
    private async Task<DialogTurnResult> AskStoryAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
        => step.Details.Story.Count > 0
            ? await step.NextAsync(null, cancellationToken)
            : await step.PromptAsync(TextPromptId, PromptOptions.FromText(BotMessages.AskStory), cancellationToken);

    // 2. "Is there anything else I should know?" before any question.
    private async Task<DialogTurnResult> AskAnythingElseAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is string story)
        {
            step.Details = step.Details.WithStory(story);
        }

        var question = step.Details.Story.Count > 1 ? BotMessages.AnythingElseAgain : BotMessages.AnythingElse;
        return await step.PromptAsync(TextPromptId, IntakePrompts.TextWithButtons(question, BotMessages.ButtonNothingElse), cancellationToken);
    }

    // 3. More of the story goes round again; "that's all" moves on; a bare "yes" invites them to go on.
    private async Task<DialogTurnResult> CollectMoreAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var answer = step.Result as string;
        if (answer is null || IntakePrompts.IsButton(answer, BotMessages.ButtonNothingElse) || StoryText.IsNothingMore(answer)
            || ConfirmRecognizer.Recognize(answer) == false)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        if (ConfirmRecognizer.Recognize(answer) == true && !StoryText.HasSubstance(answer))
        {
            return await step.PromptAsync(TextPromptId, PromptOptions.FromText(BotMessages.AskStory), cancellationToken);
        }

        var more = step.Details.WithStory(answer);
        return more.Story.Count >= MaxStoryMessages
            ? await step.NextAsync(null, cancellationToken)
            : await step.ReplaceDialogAsync(StepsId, more, cancellationToken);
    }

    // 4. Restate the main points in the bot's words and ask the customer to confirm or correct them.
    private async Task<DialogTurnResult> RestateAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        var draft = step.Result is string more ? step.Details.WithStory(more) : step.Details;
        step.Details = Understand(draft);
        if (ConversationTurn.Of(step.Context).Mood?.Analysis.Label is SentimentLabel.Negative)
        {
            await step.Context.SendActivityAsync(BotMessages.Empathy, cancellationToken);
        }

        return await step.PromptAsync(ConfirmPromptId, PromptOptions.FromText(IntakeWording.Restatement(step.Details)), cancellationToken);
    }

    private async Task<DialogTurnResult> AskCorrectionAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
        => step.Result is false
            ? await step.PromptAsync(TextPromptId, PromptOptions.FromText(BotMessages.RestateCorrection), cancellationToken)
            : await step.NextAsync(null, cancellationToken);

    // 5. The category from the text: a confirmed restatement confirmed it too; after a correction, buttons only when unsure.
    private async Task<DialogTurnResult> SettleCategoryAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is not string correction)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        step.Details = Understand(step.Details.WithStory(correction));
        if (!_classifier.Classify(step.Details.StoryText).IsUnsure)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = Enum.GetValues<ComplaintCategory>().Where(c => c != ComplaintCategory.Other).Append(ComplaintCategory.Other)
            .Select(c => (c, CategoryButton(c)));
        return await step.PromptAsync(CategoryPromptId, IntakePrompts.Choice(BotMessages.AskCategory, choices), cancellationToken);
    }

    // 6. Only the clarifying questions that are still missing.
    private async Task<DialogTurnResult> ClarifyAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice chosen && Enum.TryParse<ComplaintCategory>(chosen.Value, out var category))
        {
            step.Details = step.Details with { Category = category };
        }

        return await step.BeginDialogAsync(ClarifyingQuestionsDialog.DialogId, step.Details, cancellationToken);
    }

    // 7. What would make it right, unless they already said.
    private async Task<DialogTurnResult> AskResolutionAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is ComplaintDraft clarified)
        {
            step.Details = clarified;
        }

        if (step.Details.Resolution is not null)
        {
            return await step.NextAsync(null, cancellationToken);
        }

        var choices = Enum.GetValues<DesiredResolution>().Where(r => r != DesiredResolution.Other).Append(DesiredResolution.Other)
            .Select(r => (r, ResolutionButton(r)));
        return await step.PromptAsync(ResolutionPromptId, IntakePrompts.Choice(BotMessages.AskResolution, choices), cancellationToken);
    }

    private async Task<DialogTurnResult> AskResolutionDetailsAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is FoundChoice chosen && Enum.TryParse<DesiredResolution>(chosen.Value, out var resolution))
        {
            step.Details = step.Details with { Resolution = resolution };
        }

        step.Details = step.Details with { Resolution = step.Details.Resolution ?? DesiredResolution.Other };
        return step.Details is { Resolution: DesiredResolution.Other, ResolutionText: null }
            ? await step.PromptAsync(TextPromptId, PromptOptions.FromText(BotMessages.AskResolutionOther), cancellationToken)
            : await step.NextAsync(null, cancellationToken);
    }

    // 8. Contact details the channel and the answers did not give.
    private async Task<DialogTurnResult> CollectContactDetailsAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is string wish)
        {
            step.Details = step.Details with { ResolutionText = wish };
        }

        return await step.BeginDialogAsync(ContactDetailsDialog.DialogId, step.Details, cancellationToken);
    }

    // 9. File it (on disk first), then apologise specifically, give the reference, the next step and the deadline, and thank them.
    private async Task<DialogTurnResult> FileAsync(WaterfallStepContext<ComplaintDraft> step, CancellationToken cancellationToken)
    {
        if (step.Result is ComplaintDraft completed)
        {
            step.Details = completed;
        }

        await _filing.FileAndConfirmAsync(step.Context, step.Details, cancellationToken);
        return await step.EndDialogAsync(cancellationToken);
    }

    /// <summary>Reads the story again: the details in it, the category, and the resolution the customer asked for.</summary>
    private ComplaintDraft Understand(ComplaintDraft draft)
    {
        var story = draft.StoryText;
        var found = _extractor.Extract(story, CultureInfo.CurrentUICulture);
        return draft with
        {
            Facts = found.ApplyTo(draft.Facts),
            Customer = found.ApplyTo(draft.Customer),
            Category = _classifier.Classify(story).Category,
            Resolution = draft.Resolution ?? _resolutions.Recognize(story, answeringQuestion: false).Resolution,
        };
    }

    private Task<bool> RecognizeTypedResolutionAsync(PromptValidatorContext<FoundChoice> prompt, CancellationToken cancellationToken)
    {
        if (!prompt.Recognized.Succeeded && _resolutions.Recognize(prompt.Context.Activity.Text ?? string.Empty, answeringQuestion: true).Resolution is { } typed)
        {
            prompt.Recognized = new(true, new FoundChoice(typed.ToString(), -1));
        }

        return Task.FromResult(prompt.Recognized.Succeeded);
    }

    /// <summary>
    /// What interrupts any step: an upset customer or a request for a person (handed over at once), help, cancel,
    /// start over, and a status check; with no complaint under way, also a thank-you or a closing remark. Null when the
    /// message is an answer for the active step.
    /// </summary>
    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        var context = innerDc.Context;
        var text = context.Activity.Text;
        if (ConversationTurn.Of(context).Mood?.Decision is { Escalate: true } decision)
        {
            await _handoff.StartAsync(context, CurrentDraft(innerDc) ?? FirstDraft(innerDc), decision, cancellationToken);
            await innerDc.CancelAllDialogsAsync(cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        switch (InterruptionRecognizer.Recognize(text))
        {
            case Interruption.Help:
                await context.SendActivityAsync(BotMessages.Help, cancellationToken);
                return await RepromptAsync(innerDc, cancellationToken);
            case Interruption.Cancel:
                await context.SendActivityAsync(BotMessages.Cancelled, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return new DialogTurnResult(DialogTurnStatus.Cancelled);
            case Interruption.StartOver:
                await context.SendActivityAsync(BotMessages.StartOver, cancellationToken);
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(StepsId, FirstDraft(innerDc) with { Story = [] }, cancellationToken);
            case Interruption.Status:
                if (await _status.ReplyForCustomerAsync(context, cancellationToken))
                {
                    return await RepromptAsync(innerDc, cancellationToken);
                }

                // It asked which complaint. With none under way the turn is over, so that the next message, a
                // reference or a new story, begins afresh instead of being taken as the end of an empty intake.
                return innerDc.ActiveDialog is null ? new DialogTurnResult(DialogTurnStatus.Complete) : Dialog.EndOfTurn;
        }

        if (_references.Find(text) is { } reference)
        {
            await _status.ReplyAsync(context, reference, cancellationToken);
            return await RepromptAsync(innerDc, cancellationToken);
        }

        if (innerDc.ActiveDialog is null && InterruptionRecognizer.IsThanks(text))
        {
            await context.SendActivityAsync(BotMessages.UserWelcome, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        // "Nothing else for now" after a complaint was filed closes the conversation; it is not a new complaint to restate.
        if (innerDc.ActiveDialog is null && StoryText.IsNothingMore(text))
        {
            await context.SendActivityAsync(BotMessages.UserGoodbye, cancellationToken);
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        return null;
    }

    private static async Task<DialogTurnResult> RepromptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        if (innerDc.ActiveDialog is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete);
        }

        await innerDc.RepromptDialogAsync(cancellationToken);
        return Dialog.EndOfTurn;
    }

    /// <summary>The draft of the step the conversation is in (the innermost intake waterfall), if the intake has begun.</summary>
    private static ComplaintDraft? CurrentDraft(DialogContext innerDc)
    {
        foreach (var instance in innerDc.Stack)
        {
            if (innerDc.Dialogs.Find(instance.Id) is WaterfallDialog<ComplaintDraft> waterfall)
            {
                return waterfall.DetailsOf(instance);
            }
        }

        return null;
    }

    /// <summary>A new draft: the customer as the channel knows them, and the first message when it tells the story.</summary>
    private static ComplaintDraft FirstDraft(DialogContext innerDc)
    {
        var activity = innerDc.Context.Activity;
        var channelId = activity.ChannelId ?? string.Empty;
        var userId = activity.From?.Id ?? string.Empty;
        var draft = new ComplaintDraft
        {
            Customer = new Customer(channelId, userId) { Name = ContactDetailsPlanner.NameFromChannel(channelId, userId, activity.From?.Name) },
        };
        return StoryText.HasSubstance(activity.Text) ? draft.WithStory(activity.Text!) : draft;
    }

    private static string CategoryButton(ComplaintCategory category) => category switch
    {
        ComplaintCategory.ProductFault => BotMessages.ButtonCategoryProductFault,
        ComplaintCategory.Delivery => BotMessages.ButtonCategoryDelivery,
        ComplaintCategory.Billing => BotMessages.ButtonCategoryBilling,
        ComplaintCategory.ServiceOrStaff => BotMessages.ButtonCategoryServiceOrStaff,
        ComplaintCategory.AccountOrTechnical => BotMessages.ButtonCategoryAccountOrTechnical,
        _ => BotMessages.ButtonCategoryOther,
    };

    private static string ResolutionButton(DesiredResolution resolution) => resolution switch
    {
        DesiredResolution.Refund => BotMessages.ButtonResolutionRefund,
        DesiredResolution.Replacement => BotMessages.ButtonResolutionReplacement,
        DesiredResolution.Exchange => BotMessages.ButtonResolutionExchange,
        DesiredResolution.StoreCredit => BotMessages.ButtonResolutionStoreCredit,
        DesiredResolution.Discount => BotMessages.ButtonResolutionDiscount,
        DesiredResolution.Repair => BotMessages.ButtonResolutionRepair,
        DesiredResolution.ExplanationOrApology => BotMessages.ButtonResolutionExplanationOrApology,
        _ => BotMessages.ButtonResolutionOther,
    };
}
