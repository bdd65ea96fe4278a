using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>How a choice or confirm prompt shows its choices.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ListStyle>))]
public enum ListStyle
{
    /// <summary>As suggested-action buttons (imBack) under the prompt.</summary>
    SuggestedAction,

    /// <summary>Not shown; the prompt text names them.</summary>
    None,
}
