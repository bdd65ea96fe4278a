using ComplaintBot.Dialogs.Engine;

namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>
/// The samples' CancelAndHelpDialog: "help" answers and asks the pending question again, "start over" begins the
/// component's first dialog afresh, "cancel" ends everything.
/// </summary>
public abstract class CancelAndHelpDialog(string id) : ComponentDialog(id)
{
    public const string HelpText = "I can take your details. Say cancel to stop.";
    public const string CancelledText = "Cancelled.";

    protected override async Task<DialogTurnResult> OnContinueDialogAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        return await InterruptAsync(innerDc, cancellationToken) ?? await base.OnContinueDialogAsync(innerDc, cancellationToken);
    }

    private async Task<DialogTurnResult?> InterruptAsync(DialogContext innerDc, CancellationToken cancellationToken)
    {
        switch (innerDc.Context.Activity.Text?.Trim().ToUpperInvariant())
        {
            case "HELP":
                await innerDc.Context.SendActivityAsync(HelpText, cancellationToken);
                await innerDc.RepromptDialogAsync(cancellationToken);
                return EndOfTurn;
            case "START OVER":
                await innerDc.CancelAllDialogsAsync(cancellationToken);
                return await innerDc.BeginDialogAsync(InitialDialogId, null, cancellationToken);
            case "CANCEL":
                await innerDc.Context.SendActivityAsync(CancelledText, cancellationToken);
                return await innerDc.CancelAllDialogsAsync(cancellationToken);
            default:
                return null;
        }
    }
}
