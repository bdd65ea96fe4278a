using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>Asks for free text; any message with text is an answer (trimmed), unless the validator refuses it.</summary>
public sealed class TextPrompt(string id, PromptValidator<string>? validator = null) : Prompt<string>(id, validator)
{
    protected override PromptRecognizerResult<string> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Trim();
        return string.IsNullOrEmpty(text) ? new(false) : new(true, text);
    }
}
