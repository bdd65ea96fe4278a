using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// Drives one dialog stack during one turn: begins, continues, ends, replaces and cancels dialogs, and hands each
/// ending dialog's result to the one below it.
/// </summary>
public sealed class DialogContext
{
    private readonly DialogState _state;

    public DialogContext(DialogSet dialogs, ITurnContext turnContext, DialogState state, DialogContext? parent = null)
    {
        ArgumentNullException.ThrowIfNull(dialogs);
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(state);
        Dialogs = dialogs;
        Context = turnContext;
        _state = state;
        Parent = parent;
    }

    public DialogSet Dialogs { get; }

    public ITurnContext Context { get; }

    /// <summary>The context of the component dialog this stack belongs to; null for the root stack.</summary>
    public DialogContext? Parent { get; }

    /// <summary>The stack, the active dialog first.</summary>
    public IReadOnlyList<DialogInstance> Stack => _state.DialogStack;

    public DialogInstance? ActiveDialog => _state.DialogStack.Count > 0 ? _state.DialogStack[0] : null;

    /// <summary>Pushes the dialog <paramref name="dialogId"/> and begins it.</summary>
    /// <exception cref="InvalidOperationException">No dialog with that id is registered here or in a parent.</exception>
    public Task<DialogTurnResult> BeginDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dialogId);
        var dialog = FindDialog(dialogId)
            ?? throw new InvalidOperationException($"No dialog with the id '{dialogId}' is registered in this context or its parents.");
        _state.DialogStack.Insert(0, new DialogInstance { Id = dialogId });
        return dialog.BeginDialogAsync(this, options, cancellationToken);
    }

    /// <summary>Begins the prompt <paramref name="dialogId"/>; its answer comes back as the next step's result.</summary>
    public Task<DialogTurnResult> PromptAsync(string dialogId, PromptOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        return BeginDialogAsync(dialogId, options, cancellationToken);
    }

    /// <summary>Hands the turn to the active dialog; <see cref="DialogTurnStatus.Empty"/> when there is none.</summary>
    public Task<DialogTurnResult> ContinueDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return Task.FromResult(new DialogTurnResult(DialogTurnStatus.Empty));
        }

        return ActiveDialogOf(active).ContinueDialogAsync(this, cancellationToken);
    }

    /// <summary>Ends the active dialog and resumes the one below it with <paramref name="result"/>.</summary>
    public async Task<DialogTurnResult> EndDialogAsync(object? result = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.EndCalled, cancellationToken).ConfigureAwait(false);
        var parent = ActiveDialog;
        if (parent is null)
        {
            return new DialogTurnResult(DialogTurnStatus.Complete, result);
        }

        return await ActiveDialogOf(parent).ResumeDialogAsync(this, DialogReason.EndCalled, result, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends the active dialog without resuming its parent and begins <paramref name="dialogId"/> in its place.</summary>
    public async Task<DialogTurnResult> ReplaceDialogAsync(string dialogId, object? options = null, CancellationToken cancellationToken = default)
    {
        await EndActiveDialogAsync(DialogReason.ReplaceCalled, cancellationToken).ConfigureAwait(false);
        return await BeginDialogAsync(dialogId, options, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Ends every dialog of this stack, the active one first.</summary>
    public async Task<DialogTurnResult> CancelAllDialogsAsync(CancellationToken cancellationToken = default)
    {
        if (_state.DialogStack.Count == 0)
        {
            return new DialogTurnResult(DialogTurnStatus.Empty);
        }

        while (_state.DialogStack.Count > 0)
        {
            await EndActiveDialogAsync(DialogReason.CancelCalled, cancellationToken).ConfigureAwait(false);
        }

        return new DialogTurnResult(DialogTurnStatus.Cancelled);
    }

    /// <summary>Lets the active dialog ask its question again.</summary>
    public Task RepromptDialogAsync(CancellationToken cancellationToken = default)
    {
        var active = ActiveDialog;
        return active is null ? Task.CompletedTask : ActiveDialogOf(active).RepromptDialogAsync(Context, active, cancellationToken);
    }

    /// <summary>The dialog registered under <paramref name="dialogId"/> here, else in the nearest parent that has it.</summary>
    public Dialog? FindDialog(string dialogId) => Dialogs.Find(dialogId) ?? Parent?.FindDialog(dialogId);

    private Dialog ActiveDialogOf(DialogInstance instance) => FindDialog(instance.Id)
        ?? throw new InvalidOperationException(
            $"The stored dialog stack names '{instance.Id}', which is not registered; the conversation's dialog state cannot be resumed.");

    private async Task EndActiveDialogAsync(DialogReason reason, CancellationToken cancellationToken)
    {
        var active = ActiveDialog;
        if (active is null)
        {
            return;
        }

        await ActiveDialogOf(active).EndDialogAsync(Context, active, reason, cancellationToken).ConfigureAwait(false);
        var index = _state.DialogStack.FindIndex(instance => ReferenceEquals(instance, active));
        if (index >= 0)
        {
            _state.DialogStack.RemoveAt(index);
        }
    }
}
