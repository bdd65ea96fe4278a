using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

public static class DialogExtensions
{
    /// <summary>
    /// Runs a root dialog for one turn: the active dialog gets the activity, or, when the stack is empty, the dialog is
    /// begun. The stack lives in <paramref name="dialogState"/>; the bot saves the state after the turn.
    /// </summary>
    public static Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, CancellationToken cancellationToken = default)
        => RunAsync(dialog, turnContext, dialogState, null, cancellationToken);

    /// <summary>Like <see cref="RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, CancellationToken)"/>, beginning the dialog with <paramref name="options"/>.</summary>
    public static async Task<DialogTurnResult> RunAsync(
        this Dialog dialog, ITurnContext turnContext, IStatePropertyAccessor<DialogState> dialogState, object? options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        ArgumentNullException.ThrowIfNull(dialogState);
        var dc = await new DialogSet(dialogState).Add(dialog).CreateContextAsync(turnContext, cancellationToken).ConfigureAwait(false);
        var result = await dc.ContinueDialogAsync(cancellationToken).ConfigureAwait(false);
        return result.Status == DialogTurnStatus.Empty
            ? await dc.BeginDialogAsync(dialog.Id, options, cancellationToken).ConfigureAwait(false)
            : result;
    }
}
