namespace ComplaintBot.Hosting;

/// <summary>The wait before the next attempt of a durable delivery: <c>first</c>, doubling with each attempt, capped at <c>max</c>.</summary>
public static class RetryBackoff
{
    /// <param name="attempts">The attempts made so far (1 after the first failure).</param>
    public static TimeSpan After(int attempts, TimeSpan first, TimeSpan max)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 20));
        return TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
    }
}
