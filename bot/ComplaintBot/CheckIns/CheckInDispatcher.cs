using ComplaintBot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>Every <see cref="CheckInOptions.PollInterval"/> (on the host's <see cref="TimeProvider"/>), sends the check-ins that are due.</summary>
public sealed class CheckInDispatcher(
    CheckInSender sender,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<CheckInDispatcher> logger) : PeriodicBackgroundService(time, logger)
{
    protected override TimeSpan Interval => options.Value.PollInterval;

    protected override string WorkName => "check-in";

    protected override Task RunRoundAsync(CancellationToken cancellationToken) => sender.SendDueAsync(cancellationToken);
}
