using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Asks a yes/no question with the buttons <see cref="BotMessages.ButtonYes"/> and <see cref="BotMessages.ButtonNo"/> of
/// the turn's language, and ends with true or false. Typed answers are understood in every supported language.
/// </summary>
public sealed class ConfirmPrompt(string id, PromptValidator<bool>? validator = null) : Prompt<bool>(id, validator)
{
    protected override PromptRecognizerResult<bool> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return ConfirmRecognizer.Recognize(turnContext.Activity.Text, BotMessages.ButtonYes, BotMessages.ButtonNo) is { } answer
            ? new(true, answer)
            : new(false);
    }

    protected override IReadOnlyList<string> ButtonLabels(PromptOptions options) => [BotMessages.ButtonYes, BotMessages.ButtonNo];
}
