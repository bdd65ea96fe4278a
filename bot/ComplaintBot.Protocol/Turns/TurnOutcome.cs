namespace ComplaintBot.Protocol.Turns;

/// <summary>What the HTTP layer answers for a processed activity: a status and an optional JSON body.</summary>
public sealed record TurnOutcome(int Status, object? Body = null)
{
    public static TurnOutcome Ok { get; } = new(200);
}
