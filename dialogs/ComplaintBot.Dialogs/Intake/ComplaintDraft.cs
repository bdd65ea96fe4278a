using System.Text.Json.Serialization;
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

    /// <summary>The customer as the channel and their answers describe them.</summary>
    public Customer Customer { get; init; } = new(string.Empty, string.Empty);

    /// <summary>The clarifying questions already asked (each at most once).</summary>
    public IReadOnlyList<ClarifyingQuestion> Asked { get; init; } = [];

    /// <summary>The clarifying question waiting for its answer.</summary>
    public PlannedQuestion? PendingQuestion { get; init; }

    /// <summary>The contact question waiting for its answer.</summary>
    public ContactQuestion? PendingContact { get; init; }

    /// <summary>Contact details the customer said they don't have or won't give.</summary>
    public IReadOnlyList<ContactDetail> Declined { get; init; } = [];

    /// <summary>The whole story as one text, for extraction and the record.</summary>
    [JsonIgnore]
    public string StoryText => string.Join("\n", Story);

    public ComplaintDraft WithStory(string message) => this with { Story = [.. Story, message] };
}
