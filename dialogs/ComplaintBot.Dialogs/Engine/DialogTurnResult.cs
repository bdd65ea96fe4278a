namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// What a dialog operation did. <see cref="Result"/> is what an ending dialog returned to its parent within the turn
/// (a prompt's answer, a waterfall's details, <see cref="Prompts.NotRecognized"/>); it is never stored.
/// </summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null);
