using ComplaintBot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Privacy;

/// <summary>
/// At start-up and then every <see cref="PrivacyOptions.RetentionSweepInterval"/> (on the host's
/// <see cref="TimeProvider"/>), runs the <see cref="RetentionSweep"/>: erases the personal data whose
/// <see cref="PrivacyOptions.RetentionPeriod"/> has run out.
/// Needs no lease: every step of a sweep is idempotent, so instances sweeping at once only repeat each other's work.
/// </summary>
public sealed class RetentionService(
    RetentionSweep sweep,
    IOptions<PrivacyOptions> options,
    TimeProvider time,
    ILogger<RetentionService> logger) : PeriodicBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.RetentionSweepInterval;

    protected override string WorkName => "retention sweep";

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => sweep.RunAsync(cancellationToken);
}
