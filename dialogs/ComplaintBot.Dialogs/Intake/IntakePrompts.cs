using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>The intake's questions as prompt options: a text with, where useful, buttons for the common answers.</summary>
public static class IntakePrompts
{
    /// <summary>A free-text question that also offers buttons (e.g. "That's all", "I don't have one").</summary>
    public static PromptOptions TextWithButtons(string question, params string[] buttons)
    {
        var prompt = ActivityExtensions.CreateMessage(question, InputHints.ExpectingInput);
        if (buttons.Length > 0)
        {
            prompt.SuggestedActions = new SuggestedActions { Actions = [.. buttons.Select(label => CardAction.ImBack(label))] };
        }

        return new PromptOptions { Prompt = prompt };
    }

    /// <summary>A question answered with one of an enum's values, each with its label in the customer's language.</summary>
    public static PromptOptions Choice<TEnum>(string question, IEnumerable<(TEnum Value, string Label)> choices)
        where TEnum : struct, Enum
        => PromptOptions.FromText(question) with
        {
            Choices = [.. choices.Select(c => new Choice(c.Value.ToString()) { Title = c.Label })],
        };

    /// <summary>Whether the answer is the button's label (typed or clicked), ignoring case and width.</summary>
    public static bool IsButton(string? answer, string label)
        => InputText.Normalize(answer) == InputText.Normalize(label);
}
