namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// What the priority of a complaint depends on. The dialog fills it from the customer profile, the category and the
/// mood analysis (which decides <see cref="UrgentHarm"/>, e.g. a safety risk or a customer who cannot work).
/// </summary>
public sealed record PriorityInput(ComplaintCategory Category)
{
    public bool IsVip { get; init; }

    public bool IsFrequentContacter { get; init; }

    /// <summary>Someone is hurt, in danger, or urgently blocked ("my hair is on fire").</summary>
    public bool UrgentHarm { get; init; }

    /// <summary>The conversation was escalated to a person (the customer asked, or was upset).</summary>
    public bool Escalated { get; init; }
}
