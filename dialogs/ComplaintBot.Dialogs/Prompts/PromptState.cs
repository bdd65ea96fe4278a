namespace ComplaintBot.Dialogs.Prompts;

/// <summary>What a prompt stores between turns: how it asks, and how many answers it has had.</summary>
internal sealed record PromptState(PromptOptions Options, int Attempts);
