using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>What a waterfall step sees and can do: the answer to the previous step, the details so far, and the moves.</summary>
public sealed class WaterfallStepContext<TDetails>
    where TDetails : class, new()
{
    private readonly WaterfallDialog<TDetails> _waterfall;
    private readonly DialogInstance _instance;
    private readonly WaterfallState<TDetails> _state;
    private bool _handedOn;

    internal WaterfallStepContext(
        WaterfallDialog<TDetails> waterfall, DialogContext dc, DialogInstance instance, WaterfallState<TDetails> state, DialogReason reason, object? result)
    {
        _waterfall = waterfall;
        _instance = instance;
        _state = state;
        DialogContext = dc;
        Reason = reason;
        Result = result;
        Details = state.Details;
    }

    public ITurnContext Context => DialogContext.Context;

    /// <summary>The stack the waterfall is on, for moves beyond a step's own (cancel all, reprompt).</summary>
    public DialogContext DialogContext { get; }

    /// <summary>The zero-based number of this step.</summary>
    public int Index => _state.StepIndex;

    /// <summary>How this step was reached.</summary>
    public DialogReason Reason { get; }

    /// <summary>
    /// The answer to the previous step: a prompt's value (string, <see cref="FoundChoice"/>, bool, number), a child
    /// dialog's result, the value given to <see cref="NextAsync"/>, the text of a message the step waited for, or
    /// <see cref="NotRecognized"/> when a prompt gave up.
    /// </summary>
    public object? Result { get; }

    /// <summary>The details collected so far; assign an updated record to keep it for the next steps.</summary>
    public TDetails Details { get; set; }

    /// <summary>Runs the next step at once with <paramref name="result"/>: the answer of this step is already known.</summary>
    public Task<DialogTurnResult> NextAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        HandOn();
        return _waterfall.RunStepAsync(DialogContext, _instance, _state.StepIndex + 1, DialogReason.NextCalled, result, cancellationToken);
    }

    /// <summary>Asks with the prompt <paramref name="dialogId"/>; the answer becomes the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        HandOn();
        return DialogContext.PromptAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Begins a child dialog; its result becomes the next step's <see cref="Result"/>.</summary>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        HandOn();
        return DialogContext.BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Replaces this waterfall with <paramref name="dialogId"/> (for example itself, to loop with new details).</summary>
    public Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        HandOn();
        return DialogContext.ReplaceDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Ends the waterfall, returning the current <see cref="Details"/> to the parent.</summary>
    public Task<DialogTurnResult> EndDialogAsync(CancellationToken cancellationToken = default) => EndDialogAsync(Details, cancellationToken);

    /// <summary>Ends the waterfall, returning <paramref name="details"/> to the parent.</summary>
    public Task<DialogTurnResult> EndDialogAsync(TDetails details, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(details);
        Details = details;
        HandOn();
        return DialogContext.EndDialogAsync(details, cancellationToken);
    }

    /// <summary>Stores the details if the step returned without a move (it waits for a plain message).</summary>
    internal void SaveDetailsUnlessHandedOn()
    {
        if (!_handedOn)
        {
            SaveDetails();
        }
    }

    /// <summary>A step makes one move; the details are stored first so whatever runs next sees them.</summary>
    private void HandOn()
    {
        if (_handedOn)
        {
            throw new InvalidOperationException($"Step {Index} of '{_waterfall.Id}' already moved on; a step makes one move.");
        }

        _handedOn = true;
        SaveDetails();
    }

    private void SaveDetails() => _instance.SetState(_state with { Details = Details });
}
