using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A question still to ask: its id, the <see cref="Resources.BotMessages"/> key of its text, where the answer goes,
/// and what the detail extractor should expect when reading the answer (null: keep the answer as written).
/// </summary>
public sealed record PlannedQuestion(ClarifyingQuestion Question, ComplaintSlot Fills, DetailKind? Expecting)
{
    /// <summary>The resource key of the question's text, e.g. "AskProduct".</summary>
    [JsonIgnore]
    public string ResourceKey => "Ask" + Question;
}
