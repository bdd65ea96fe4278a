using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// A dialog made of dialogs: its own <see cref="DialogSet"/> and an inner stack kept as its state, beginning with
/// <see cref="InitialDialogId"/>. Override <see cref="OnContinueDialogAsync"/> to catch interruptions ("help",
/// "cancel") before the inner dialogs see the message.
/// </summary>
public abstract class ComponentDialog : Dialog
{
    private string? _initialDialogId;

    protected ComponentDialog(string id)
        : base(id)
    {
    }

    /// <summary>The inner dialog begun with the component; by default the first one added.</summary>
    public string InitialDialogId
    {
        get => _initialDialogId ?? throw new InvalidOperationException($"The component dialog '{Id}' has no inner dialogs.");
        protected set => _initialDialogId = value;
    }

    public DialogSet Dialogs { get; } = new();

    public override async Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = new DialogState();
        var innerDc = new DialogContext(Dialogs, dc.Context, inner, dc);
        var turn = await OnBeginDialogAsync(innerDc, options, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, instance, inner, turn, cancellationToken).ConfigureAwait(false);
    }

    public override async Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var instance = dc.ActiveDialog!;
        var inner = instance.GetState<DialogState>();
        var innerDc = new DialogContext(Dialogs, dc.Context, inner, dc);
        var turn = await OnContinueDialogAsync(innerDc, cancellationToken).ConfigureAwait(false);
        return await AfterInnerTurnAsync(dc, instance, inner, turn, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A dialog begun on the outer stack above the component ended: the inner dialog asks its question again.</summary>
    public override async Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        await RepromptDialogAsync(dc.Context, dc.ActiveDialog!, cancellationToken).ConfigureAwait(false);
        return EndOfTurn;
    }

    public override async Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        var inner = instance.GetState<DialogState>();
        await new DialogContext(Dialogs, turnContext, inner).RepromptDialogAsync(cancellationToken).ConfigureAwait(false);
        instance.SetState(inner);
    }

    public override async Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (reason == DialogReason.CancelCalled && instance.HasState)
        {
            var inner = instance.GetState<DialogState>();
            await new DialogContext(Dialogs, turnContext, inner).CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
            instance.SetState(inner);
        }
    }

    /// <summary>Registers an inner dialog; the first one added becomes <see cref="InitialDialogId"/> unless set.</summary>
    protected ComponentDialog AddDialog(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        Dialogs.Add(dialog);
        _initialDialogId ??= dialog.Id;
        return this;
    }

    protected virtual Task<DialogTurnResult> OnBeginDialogAsync(DialogContext innerDc, object? options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.BeginDialogAsync(InitialDialogId, options, cancellationToken);
    }

    /// <summary>
    /// Handles the customer's message for the inner stack. Override to intercept it first: reply and call
    /// <c>innerDc.RepromptDialogAsync</c> then return <see cref="Dialog.EndOfTurn"/>, or return
    /// <c>innerDc.CancelAllDialogsAsync</c> to end the component.
    /// </summary>
    protected virtual Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(innerDc);
        return innerDc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>
    /// The inner stack finished (completed, emptied or cancelled): the component ends with the inner result, resuming its
    /// parent. A parent resumed after a cancellation receives a null result.
    /// </summary>
    protected virtual Task<DialogTurnResult> EndComponentAsync(DialogContext outerDc, object? result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(outerDc);
        return outerDc.EndDialogAsync(result, cancellationToken);
    }

    private async Task<DialogTurnResult> AfterInnerTurnAsync(DialogContext dc, DialogInstance instance, DialogState inner, DialogTurnResult turn, CancellationToken cancellationToken)
    {
        instance.SetState(inner);
        if (turn.Status == DialogTurnStatus.Waiting)
        {
            return EndOfTurn;
        }

        // A cancelled component with no dialog below it to resume reports the cancellation upwards, not a completion.
        var nothingToResume = dc.Stack.Count == 1;
        var ended = await EndComponentAsync(dc, turn.Result, cancellationToken).ConfigureAwait(false);
        return turn.Status == DialogTurnStatus.Cancelled && nothingToResume && ended.Status == DialogTurnStatus.Complete
            ? ended with { Status = DialogTurnStatus.Cancelled }
            : ended;
    }
}
