using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>How many clarifying questions a complaint may get, and when a story counts as vague.</summary>
public sealed record ClarifyingQuestionOptions
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Questions";

    /// <summary>At most this many clarifying questions per complaint (contact details not counted).</summary>
    [Range(1, 6)]
    public int MaxQuestions { get; set; } = 3;

    /// <summary>A story in a space-separated language (en, sl) with fewer words than this, and no details, is vague.</summary>
    [Range(1, 100)]
    public int MinWords { get; set; } = 12;

    /// <summary>A story in Chinese, Japanese or Korean with fewer letters than this, and no details, is vague.</summary>
    [Range(1, 200)]
    public int MinCjkCharacters { get; set; } = 20;
}
