using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Asks one question and ends with the answer as a <typeparamref name="T"/>. An answer that is not understood (or that
/// the validator refuses) brings the retry prompt, up to <see cref="PromptOptions.MaxAttempts"/> answers; then the prompt
/// ends with <see cref="NotRecognized"/>. Begin it with <see cref="DialogContext.PromptAsync"/>.
/// </summary>
public abstract class Prompt<T> : Dialog
{
    private readonly PromptValidator<T>? _validator;

    protected Prompt(string id, PromptValidator<T>? validator)
        : base(id)
    {
        _validator = validator;
    }

    /// <exception cref="ArgumentException"><paramref name="options"/> is not a <see cref="PromptOptions"/>.</exception>
    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (options is not PromptOptions promptOptions)
        {
            throw new ArgumentException($"The prompt '{Id}' is begun with PromptOptions.", nameof(options));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(promptOptions.MaxAttempts, 1, nameof(options));
        dc.ActiveDialog!.SetState(new PromptState(promptOptions, 0));
        await OnPromptAsync(dc.Context, promptOptions, isRetry: false, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        if (!dc.Context.Activity.IsType(ActivityTypes.Message))
        {
            return EndOfTurn;
        }

        var instance = dc.ActiveDialog!;
        var state = instance.GetState<PromptState>();
        var attempts = state.Attempts + 1;
        instance.SetState(state with { Attempts = attempts });

        var recognized = Recognize(dc.Context, state.Options);
        var isValid = recognized.Succeeded;
        if (_validator is not null)
        {
            var promptContext = new PromptValidatorContext<T>(dc.Context, recognized, state.Options, attempts);
            isValid = await _validator(promptContext, cancellationToken).ConfigureAwait(false);
            recognized = promptContext.Recognized;
        }

        if (isValid)
        {
            return await dc.EndDialogAsync(recognized.Value, cancellationToken).ConfigureAwait(false);
        }

        if (attempts >= state.Options.MaxAttempts)
        {
            return await dc.EndDialogAsync(new NotRecognized(attempts), cancellationToken).ConfigureAwait(false);
        }

        if (!dc.Context.Responded)
        {
            await OnPromptAsync(dc.Context, state.Options, isRetry: true, cancellationToken).ConfigureAwait(false);
        }

        return EndOfTurn;
    }

    /// <summary>A dialog begun above the prompt ended: the prompt asks again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return OnPromptAsync(turnContext, instance.GetState<PromptState>().Options, isRetry: false, cancellationToken);
    }

    /// <summary>Understands the customer's answer.</summary>
    protected abstract PromptRecognizerResult<T> Recognize(ITurnContext turnContext, PromptOptions options);

    /// <summary>The labels of the suggested-action buttons to show with the question; none by default.</summary>
    protected virtual IReadOnlyList<string> ButtonLabels(PromptOptions options) => [];

    /// <summary>Sends the question (or the retry prompt) as expecting input, with the buttons when the style asks for them.</summary>
    protected virtual async Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        var question = isRetry ? options.RetryPrompt ?? options.Prompt : options.Prompt;
        if (question is null)
        {
            return;
        }

        var activity = question.Clone();
        activity.InputHint = InputHints.ExpectingInput;
        var labels = options.Style == ListStyle.SuggestedAction ? ButtonLabels(options) : [];
        if (labels.Count > 0)
        {
            activity.SuggestedActions = new SuggestedActions { Actions = [.. labels.Select(label => CardAction.ImBack(label))] };
        }

        await turnContext.SendActivityAsync(activity, cancellationToken).ConfigureAwait(false);
    }
}
