using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Offers <see cref="PromptOptions.Choices"/> as buttons and ends with the <see cref="FoundChoice"/> the customer picked
/// by button, by typing a label, value or synonym (in any letter case or width), or by its number ("2").
/// </summary>
public sealed class ChoicePrompt(string id, PromptValidator<FoundChoice>? validator = null) : Prompt<FoundChoice>(id, validator)
{
    protected override PromptRecognizerResult<FoundChoice> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        return ChoiceRecognizer.Recognize(turnContext.Activity.Text, options.Choices) is { } found
            ? new(true, found)
            : new(false);
    }

    protected override IReadOnlyList<string> ButtonLabels(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [.. options.Choices.Select(choice => choice.Label)];
    }
}
