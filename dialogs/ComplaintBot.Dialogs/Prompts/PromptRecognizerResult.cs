namespace ComplaintBot.Dialogs.Prompts;

/// <summary>What a prompt understood from an answer: whether it understood it, and the value.</summary>
public sealed record PromptRecognizerResult<T>(bool Succeeded, T? Value = default);
