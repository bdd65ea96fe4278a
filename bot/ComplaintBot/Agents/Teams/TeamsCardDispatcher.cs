using System.Data.Common;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// Runs <see cref="TeamsHandoffCards"/> off the customer's turn and the agent's request: posts the waiting handoffs'
/// cards at start, when a handoff is queued and every retry interval for the posts that failed; brings a card up to
/// date when an agent changed its handoff (from the console or Teams); both as <see cref="TeamsCardSignals"/> asks.
/// Does nothing while Teams is off.
/// </summary>
public sealed partial class TeamsCardDispatcher(
    TeamsHandoffCards cards,
    TeamsCardSignals signals,
    IOptions<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsCardDispatcher> logger) : BackgroundService
{
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
                foreach (var handoffId in signals.TakeChanged())
                {
                    await cards.RefreshAsync(handoffId, stoppingToken);
                }

                await cards.PostWaitingAsync(stoppingToken);
            }
            catch (DbException ex)
            {
                LogRoundFailed(logger, ex.Message);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var woken = signals.WaitAsync(wait.Token);
            var due = Task.Delay(options.Value.RetryInterval, time, wait.Token);
            await Task.WhenAny(woken, due);
            await wait.CancelAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of Teams handoff cards failed, tried again later: {Reason}")]
    private static partial void LogRoundFailed(ILogger logger, string reason);
}
