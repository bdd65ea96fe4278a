using System.Data.Common;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// Runs <see cref="TeamsHandoffCards.PostWaitingAsync"/> off the customer's turn: at start, whenever a handoff is
/// queued (<see cref="Wake"/>), and every retry interval for the posts that failed. Does nothing while Teams is off.
/// </summary>
public sealed partial class TeamsCardDispatcher(
    TeamsHandoffCards cards,
    IOptions<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsCardDispatcher> logger) : BackgroundService
{
    private readonly Channel<bool> _wake = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    /// <summary>Asks for a round soon (a handoff was queued); several asks before it starts make one round.</summary>
    public void Wake() => _wake.Writer.TryWrite(true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.IsEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await cards.PostWaitingAsync(stoppingToken);
            }
            catch (DbException ex)
            {
                LogRoundFailed(logger, ex.Message);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var woken = _wake.Reader.WaitToReadAsync(wait.Token).AsTask();
            var due = Task.Delay(options.Value.RetryInterval, time, wait.Token);
            await Task.WhenAny(woken, due);
            await wait.CancelAsync();
            _wake.Reader.TryRead(out _);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of Teams handoff cards failed, tried again later: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
