using ComplaintBot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// Every <see cref="SupportTeamsOptions.PollInterval"/>: queues the daily digest when it is due, then delivers the
/// outbox. With no target configured it says so once and does nothing.
/// </summary>
public sealed partial class SupportNotificationDispatcher(
    DailyDigestPlanner digests,
    SupportNotificationSender sender,
    IOptions<SupportTeamsOptions> options,
    TimeProvider time,
    ILogger<SupportNotificationDispatcher> logger) : PeriodicBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string WorkName => "support-team notification";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.EnabledTargets.Count == 0)
        {
            LogNoTargets(logger);
            return Task.CompletedTask;
        }

        return base.ExecuteAsync(stoppingToken);
    }

    protected override async Task RunRoundAsync(CancellationToken cancellationToken)
    {
        await digests.EnqueueDueAsync(cancellationToken);
        await sender.SendDueAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "No support-team target is configured (SupportTeams:TeamsChannel, SupportTeams:Webhook): negative check-in results and daily digests are not sent")]
    private static partial void LogNoTargets(ILogger logger);
}
