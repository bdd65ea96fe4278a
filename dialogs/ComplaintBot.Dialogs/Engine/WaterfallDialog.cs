using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// A fixed sequence of steps. Each step asks something (a prompt or a child dialog) and the next one receives the
/// answer as <see cref="WaterfallStepContext{TDetails}.Result"/>. A <typeparamref name="TDetails"/> record travels
/// through the steps and is stored between turns; the dialog is begun with the details known so far (or none), and
/// returns the final details when it ends, also after its last step.
/// </summary>
public sealed class WaterfallDialog<TDetails> : Dialog
    where TDetails : class, new()
{
    private readonly WaterfallStep<TDetails>[] _steps;

    public WaterfallDialog(string id, IEnumerable<WaterfallStep<TDetails>> steps)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(steps);
        _steps = [.. steps];
        if (_steps.Length == 0)
        {
            throw new ArgumentException("A waterfall needs at least one step.", nameof(steps));
        }
    }

    /// <summary>
    /// The details so far of a running instance of this waterfall, for a parent that must act on them (a handoff that
    /// files what the customer already said).
    /// </summary>
    public TDetails DetailsOf(DialogInstance instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.GetState<WaterfallState<TDetails>>().Details;
    }

    /// <param name="options">The <typeparamref name="TDetails"/> known so far, or null to start from new ones.</param>
    /// <exception cref="ArgumentException"><paramref name="options"/> is of another type.</exception>
    public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var details = options switch
        {
            null => new TDetails(),
            TDetails given => given,
            _ => throw new ArgumentException(
                $"The waterfall '{Id}' is begun with {typeof(TDetails).Name} details, not {options.GetType().Name}.", nameof(options)),
        };
        var instance = dc.ActiveDialog!;
        instance.SetState(new WaterfallState<TDetails>(-1, details));
        return RunStepAsync(dc, instance, 0, DialogReason.BeginCalled, null, cancellationToken);
    }

    /// <summary>A message to a waterfall that is waiting in a step (not in a prompt): its text is the step's result.</summary>
    public override Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        return activity.IsType(ActivityTypes.Message)
            ? ResumeDialogAsync(dc, DialogReason.ContinueCalled, activity.Text, cancellationToken)
            : Task.FromResult(EndOfTurn);
    }

    public override Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var state = instance.GetState<WaterfallState<TDetails>>();
        return RunStepAsync(dc, instance, state.StepIndex + 1, reason, result, cancellationToken);
    }

    internal async Task<DialogTurnResult> RunStepAsync(
        DialogContext dc, DialogInstance instance, int index, DialogReason reason, object? result, CancellationToken cancellationToken)
    {
        var state = instance.GetState<WaterfallState<TDetails>>();
        if (index >= _steps.Length)
        {
            return await dc.EndDialogAsync(state.Details, cancellationToken).ConfigureAwait(false);
        }

        state = state with { StepIndex = index };
        instance.SetState(state);
        var step = new WaterfallStepContext<TDetails>(this, dc, instance, state, reason, result);
        var turn = await _steps[index](step, cancellationToken).ConfigureAwait(false);
        step.SaveDetailsUnlessHandedOn();
        return turn;
    }
}
