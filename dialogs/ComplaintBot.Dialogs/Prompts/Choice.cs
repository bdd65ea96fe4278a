using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// One answer a <see cref="ChoicePrompt"/> offers. <see cref="Value"/> is the stable key the dialog receives;
/// <see cref="Title"/> the button label in the customer's language (the value when unset); <see cref="Synonyms"/> other
/// words that pick it.
/// </summary>
public sealed record Choice(string Value)
{
    public string? Title { get; init; }

    public IReadOnlyList<string> Synonyms { get; init; } = [];

    [JsonIgnore]
    public string Label => Title ?? Value;
}
