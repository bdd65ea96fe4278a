namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// What the customer said would make it right. <see cref="Resolution"/> is set only when exactly one kind was asked
/// for, so the dialog can skip "What would make this right for you?"; with several (<see cref="Mentioned"/>), the
/// dialog asks and offers those first.
/// </summary>
/// <param name="Resolution">The one resolution asked for, or null (none, or more than one).</param>
/// <param name="Mentioned">Every resolution asked for and not negated, in text order.</param>
/// <param name="Evidence">The phrases read, as they stand in the normalised text.</param>
public sealed record ResolutionRecognition(
    DesiredResolution? Resolution,
    IReadOnlyList<DesiredResolution> Mentioned,
    IReadOnlyList<string> Evidence)
{
    public static ResolutionRecognition None { get; } = new(null, [], []);
}
