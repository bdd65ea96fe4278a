namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// The result of a prompt that gave up: the customer answered <see cref="Attempts"/> times and none was understood.
/// The waterfall decides what follows (for example offering a person).
/// </summary>
public sealed record NotRecognized(int Attempts);
