namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// A dialog stack, the active dialog first. Kept in <c>ConversationState</c> through an
/// <c>IStatePropertyAccessor&lt;DialogState&gt;</c>; a <see cref="ComponentDialog"/> keeps its inner stack as its own state.
/// </summary>
public sealed record DialogState
{
    public List<DialogInstance> DialogStack { get; init; } = [];
}
