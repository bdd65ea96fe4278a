using Microsoft.Extensions.Options;

namespace ComplaintBot.Privacy;

/// <summary>
/// At start-up and then every <see cref="PrivacyOptions.RetentionSweepInterval"/> (on the host's
/// <see cref="TimeProvider"/>), runs the <see cref="RetentionSweep"/>: erases the personal data whose
/// <see cref="PrivacyOptions.RetentionPeriod"/> has run out.
/// Needs no lease: every step of a sweep is idempotent, so instances sweeping at once only repeat each other's work.
/// </summary>
public sealed partial class RetentionService(
    RetentionSweep sweep,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await sweep.RunAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
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

    [LoggerMessage(Level = LogLevel.Error, Message = "A retention sweep failed; the next sweep tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
