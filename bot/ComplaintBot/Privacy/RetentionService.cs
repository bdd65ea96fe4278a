using Microsoft.Extensions.Options;

namespace ComplaintBot.Privacy;

/// <summary>
/// At start-up and then every <see cref="PrivacyOptions.RetentionSweepInterval"/> (on the host's
/// <see cref="TimeProvider"/>), erases the personal data whose <see cref="PrivacyOptions.RetentionPeriod"/> has run out.
/// Needs no lease: every step of a sweep is idempotent, so instances sweeping at once only repeat each other's work.
/// </summary>
public sealed partial class RetentionService(
    PersonalDataStore store,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : BackgroundService
{
    /// <summary>One sweep: erases what was last changed before now minus the retention period.</summary>
    public Task<ErasureReport> SweepOnceAsync(CancellationToken cancellationToken)
        => store.ExpireAsync(time.GetUtcNow() - options.Value.RetentionPeriod, cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await SweepOnceAsync(stoppingToken);
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
