using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>Every <see cref="CheckInOptions.PollInterval"/> (on the host's <see cref="TimeProvider"/>), sends the check-ins that are due.</summary>
public sealed partial class CheckInDispatcher(
    CheckInSender sender,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<CheckInDispatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await sender.SendDueAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogRoundFailed(logger, ex);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A check-in round failed; the next round tries again")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);
}
