namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>What the test waterfalls collect; a record like the complaint draft will be.</summary>
public sealed record TripDetails
{
    public string? Destination { get; init; }

    public string? Origin { get; init; }

    public DateOnly? TravelDate { get; init; }

    public List<string> Notes { get; init; } = [];
}
