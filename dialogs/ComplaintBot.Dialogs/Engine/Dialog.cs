using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// A unit of conversation with an id. A dialog object holds no per-conversation data: everything it needs to pick up
/// where it was is stored in its <see cref="DialogInstance"/>, so dialogs can be created anew on every turn.
/// </summary>
public abstract class Dialog
{
    protected Dialog(string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
    }

    /// <summary>The turn result of a dialog that waits for the customer's next message.</summary>
    public static DialogTurnResult EndOfTurn { get; } = new(DialogTurnStatus.Waiting);

    public string Id { get; }

    /// <summary>Starts the dialog, which <paramref name="dc"/> has just pushed on its stack.</summary>
    public abstract Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default);

    /// <summary>The customer answered while this dialog was active. By default the dialog ends.</summary>
    public virtual Task<DialogTurnResult> ContinueDialogAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(null, cancellationToken);
    }

    /// <summary>A child this dialog started has ended with <paramref name="result"/>. By default the dialog ends with it.</summary>
    public virtual Task<DialogTurnResult> ResumeDialogAsync(DialogContext dc, DialogReason reason, object? result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        return dc.EndDialogAsync(result, cancellationToken);
    }

    /// <summary>Asks again for what the dialog is waiting for (after an interruption such as "help").</summary>
    public virtual Task RepromptDialogAsync(ITurnContext turnContext, DialogInstance instance, CancellationToken cancellationToken = default)
        => Task.CompletedTask;

    /// <summary>The dialog is leaving the stack; <paramref name="reason"/> tells whether it ended, was replaced or cancelled.</summary>
    public virtual Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        => Task.CompletedTask;
}
