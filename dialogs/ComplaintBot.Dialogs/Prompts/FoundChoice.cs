namespace ComplaintBot.Dialogs.Prompts;

/// <summary>The answer of a <see cref="ChoicePrompt"/>: the chosen <see cref="Choice.Value"/> and its zero-based position.</summary>
public sealed record FoundChoice(string Value, int Index);
