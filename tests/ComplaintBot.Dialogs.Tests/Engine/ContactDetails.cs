namespace ComplaintBot.Dialogs.Tests.Engine;

public sealed record ContactDetails
{
    public string? Name { get; init; }

    public bool Confirmed { get; init; }
}
