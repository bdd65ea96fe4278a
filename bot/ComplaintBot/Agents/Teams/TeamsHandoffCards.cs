using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// Posts a card to the agents' channel for every waiting handoff that has none, and brings a posted card up to date
/// when its handoff changes. The handoff queue is the durable to-do list: a post that fails is logged, shown to the
/// open consoles as a note on the complaint, and tried again after the retry interval (also after a restart).
/// </summary>
public sealed partial class TeamsHandoffCards(
    IHandoffStore queue,
    ITeamsCardStore cards,
    AgentDesk desk,
    TeamsAgentsChannel teams,
    AgentConsoleFeed feed,
    IOptions<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsHandoffCards> logger)
{
    /// <summary>Posts the cards of the waiting handoffs not posted yet (nor being posted by another instance).</summary>
    public async Task PostWaitingAsync(CancellationToken cancellationToken)
    {
        var retry = options.Value.RetryInterval;
        foreach (var ticket in (await queue.ListActiveAsync(cancellationToken)).Where(t => t.Status == HandoffStatus.Waiting))
        {
            var now = time.GetUtcNow();
            if (!await cards.TryClaimAsync(ticket.Id, now, now - retry, cancellationToken))
            {
                continue;
            }

            try
            {
                var card = HandoffCard.Build(ticket, await desk.OpenHandoffAsync(ticket.Id, cancellationToken), options.Value.TranscriptLines);
                var posted = await teams.PostCardAsync(ticket.Id, card, cancellationToken);
                await cards.SavePostedAsync(posted, cancellationToken);
                LogPosted(logger, ticket.Id);
            }
            catch (Exception ex) when (ex is ConnectorException or DeskRefusedException)
            {
                LogPostFailed(logger, ticket.Id, ex.Message);
                feed.Publish(AgentConsoleFeed.NoteEvent, new ConsoleMessage(
                    ticket.ComplaintReference,
                    ticket.Id,
                    TranscriptSpeaker.Bot,
                    "Teams",
                    $"The handoff card could not be posted to the agents' Teams channel ({ex.Message}); it is tried again in {retry.TotalMinutes:0.#} min.",
                    now));
            }
        }
    }

    /// <summary>Rewrites a handoff's posted card for where the handoff stands now (accepted by…, resolved…); nothing when it has no card.</summary>
    public async Task RefreshAsync(string handoffId, CancellationToken cancellationToken)
    {
        var address = await cards.FindAsync(handoffId, cancellationToken);
        var ticket = await queue.FindAsync(handoffId, cancellationToken);
        if (address is null || ticket is null)
        {
            return;
        }

        try
        {
            var packet = await desk.OpenComplaintAsync(ticket.ComplaintReference, cancellationToken);
            await teams.UpdateCardAsync(address, HandoffCard.Build(ticket, packet, options.Value.TranscriptLines), cancellationToken);
        }
        catch (Exception ex) when (ex is ConnectorException or DeskRefusedException)
        {
            LogUpdateFailed(logger, handoffId, ex.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Posted the Teams card of handoff {HandoffId}")]
    private static partial void LogPosted(ILogger logger, string handoffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams card of handoff {HandoffId} could not be posted, tried again later: {Reason}")]
    private static partial void LogPostFailed(ILogger logger, string handoffId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The Teams card of handoff {HandoffId} could not be updated: {Reason}")]
    private static partial void LogUpdateFailed(ILogger logger, string handoffId, string reason);
}
