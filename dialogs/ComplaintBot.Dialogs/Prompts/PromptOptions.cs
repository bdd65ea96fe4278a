using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how. Stored with the prompt between turns, so its texts are the ones of the turn that began it.
/// </summary>
public sealed record PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; init; }

    /// <summary>Asked after an answer that was not understood; the <see cref="Prompt"/> again when unset.</summary>
    public Activity? RetryPrompt { get; init; }

    /// <summary>The answers a choice prompt offers.</summary>
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    public ListStyle Style { get; init; } = ListStyle.SuggestedAction;

    /// <summary>How many answers the prompt takes before it gives up with <see cref="NotRecognized"/>.</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>Options with plain-text messages that expect an answer.</summary>
    public static PromptOptions FromText(string prompt, string? retryPrompt = null)
    {
        ArgumentNullException.ThrowIfNull(prompt);
        return new PromptOptions
        {
            Prompt = ActivityExtensions.CreateMessage(prompt, InputHints.ExpectingInput),
            RetryPrompt = retryPrompt is null ? null : ActivityExtensions.CreateMessage(retryPrompt, InputHints.ExpectingInput),
        };
    }
}
