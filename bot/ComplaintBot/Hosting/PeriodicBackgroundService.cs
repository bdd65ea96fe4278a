namespace ComplaintBot.Hosting;

/// <summary>
/// A background service that runs one round of work at once and then every <see cref="Interval"/> on the host's
/// <see cref="TimeProvider"/>. A failed round is logged and the next one tries again; stopping the host ends the loop.
/// </summary>
public abstract partial class PeriodicBackgroundService(TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The wait between two rounds.</summary>
    protected abstract TimeSpan Interval { get; }

    /// <summary>What the rounds do, for the log (e.g. "check-in").</summary>
    protected abstract string WorkName { get; }

    /// <summary>One round of work.</summary>
    protected abstract Task RunRoundAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await RunRoundAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, ex, WorkName);
            }
        }
        while (await WaitAsync(timer, stoppingToken));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A {Work} round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception, string work);
}
