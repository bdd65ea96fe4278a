namespace ComplaintBot.Dialogs.Tests.Prompts;

/// <summary>The prompt harness's details: what the prompt answered.</summary>
public sealed record PromptAnswer
{
    public string? Text { get; init; }
}
