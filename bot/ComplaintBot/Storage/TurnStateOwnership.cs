namespace ComplaintBot.Storage;

/// <summary>
/// Makes the running bot the only writer of its turn state before it serves (<see cref="StorageDatabase.TryClaimTurnState"/>),
/// so each turn can take over what the previous one left in memory without asking the database. While another process
/// holds it — a <c>privacy erase</c> command finishing — the bot waits up to <see cref="WaitLimit"/>; then it does not
/// start, and says why: two bots on one SQLite data folder would each trust a copy the other one changed.
/// </summary>
public sealed partial class TurnStateOwnership(StorageDatabase database, TimeProvider time, ILogger<TurnStateOwnership> logger) : IHostedService
{
    public static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan RetryInterval = TimeSpan.FromMilliseconds(250);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (database.TryClaimTurnState(out var problem))
        {
            return;
        }

        LogWaiting(logger, problem, WaitLimit.TotalSeconds);
        var giveUpAt = time.GetUtcNow() + WaitLimit;
        while (!database.TryClaimTurnState(out problem))
        {
            if (time.GetUtcNow() >= giveUpAt)
            {
                throw new InvalidOperationException(problem);
            }

            await Task.Delay(RetryInterval, time, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem} Waiting up to {Seconds} s for it to end.")]
    private static partial void LogWaiting(ILogger logger, string problem, double seconds);
}
