using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>The dialogs that can be begun by id in one context, and the state accessor of the root stack.</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);
    private readonly IStatePropertyAccessor<DialogState>? _dialogState;

    /// <param name="dialogState">Where the root dialog stack is kept; omitted for the inner set of a component.</param>
    public DialogSet(IStatePropertyAccessor<DialogState>? dialogState = null)
    {
        _dialogState = dialogState;
    }

    /// <exception cref="ArgumentException">Another dialog already has the same id.</exception>
    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (!_dialogs.TryAdd(dialog.Id, dialog))
        {
            throw new ArgumentException($"A dialog with the id '{dialog.Id}' is already in the set.", nameof(dialog));
        }

        return this;
    }

    public Dialog? Find(string dialogId)
    {
        ArgumentNullException.ThrowIfNull(dialogId);
        return _dialogs.GetValueOrDefault(dialogId);
    }

    /// <summary>Loads the turn's dialog stack and returns a context to drive it.</summary>
    public async Task<DialogContext> CreateContextAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (_dialogState is null)
        {
            throw new InvalidOperationException("This dialog set was created without a DialogState accessor.");
        }

        var state = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken).ConfigureAwait(false);
        return new DialogContext(this, turnContext, state);
    }
}
