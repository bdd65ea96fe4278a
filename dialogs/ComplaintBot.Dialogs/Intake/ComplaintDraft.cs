using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// What the intake conversation has learnt so far; it travels through the waterfall steps and is saved with the
/// dialog state after every turn, so a restart resumes with everything the customer already said.
/// </summary>
public sealed record ComplaintDraft
{
    /// <summary>The customer's story, one entry per message, in their words.</summary>
    public IReadOnlyList<string> Story { get; init; } = [];

    public ComplaintFacts Facts { get; init; } = new();

    public ComplaintCategory Category { get; init; }

    public DesiredResolution? Resolution { get; init; }

    public string? ResolutionText { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public string? AccountId { get; init; }

    /// <summary>The customer said they have no order or account number.</summary>
    public bool HasNoReference { get; init; }

    /// <summary>The whole story as one text, for extraction and the record.</summary>
    public string StoryText => string.Join("\n", Story);

    public ComplaintDraft WithStory(string message) => this with { Story = [.. Story, message] };
}
