using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// What a <see cref="PromptValidator{T}"/> sees. It may replace <see cref="Recognized"/> with a cleaner value (for
/// example the email address found in a sentence); the prompt then ends with that value.
/// </summary>
public sealed class PromptValidatorContext<T>(ITurnContext context, PromptRecognizerResult<T> recognized, PromptOptions options, int attemptCount)
{
    public ITurnContext Context { get; } = context;

    public PromptRecognizerResult<T> Recognized { get; set; } = recognized;

    public PromptOptions Options { get; } = options;

    /// <summary>How many answers the prompt has received, this one included.</summary>
    public int AttemptCount { get; } = attemptCount;
}
