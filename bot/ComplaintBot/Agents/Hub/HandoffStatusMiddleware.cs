using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Agents.Hub;

/// <summary>
/// The <c>handoff.status</c> events a contact-centre hub sends in the customer's conversation after the bot's
/// <c>handoff.initiate</c>: "accepted" puts the handoff in the hands of a hub agent, "failed" puts it back in the
/// queue and tells the customer honestly, in their language, by when a person will call back (the complaint becomes
/// urgent), "completed" ends the handoff. Each is written to the complaint's history. A status for a conversation
/// without a handoff, or with a state the protocol does not define, is ignored; the dialogs never see these events.
/// </summary>
public sealed partial class HandoffStatusMiddleware(
    IHandoffStore queue,
    IComplaintStore complaints,
    DeadlinePolicy deadlines,
    AgentConsoleFeed feed,
    TimeProvider time,
    ILogger<HandoffStatusMiddleware> logger) : ComplaintBot.Protocol.Turns.IMiddleware
{
    /// <summary>The agent id of a handoff held by a hub agent: "hub:" and the id the hub sent the status from.</summary>
    public const string HubAgentPrefix = "hub:";

    private const string ContactCentre = "Contact centre";
    private const int Attempts = 3;

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Event) || activity.Name != ActivityEventNames.HandoffStatus)
        {
            await nextTurn(cancellationToken);
            return;
        }

        var status = HubHandoffStatus.Read(activity.Value);
        if (status is null || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            LogIgnored(logger, "no known state");
            return;
        }

        for (var attempt = 1; ; attempt++)
        {
            var ticket = await queue.FindActiveAsync(ConversationKeys.Of(activity), cancellationToken);
            if (ticket is null)
            {
                LogIgnored(logger, "no active handoff in the conversation");
                return;
            }

            try
            {
                await ApplyAsync(turnContext, ticket, status, cancellationToken);
                return;
            }
            catch (StorageConcurrencyException) when (attempt < Attempts)
            {
                // An agent or the relay changed the handoff in between: read it again.
            }
        }
    }

    private async Task ApplyAsync(ITurnContext turnContext, HandoffTicket ticket, HubHandoffStatus status, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var from = turnContext.Activity.From;
        var hubAgent = string.IsNullOrWhiteSpace(from?.Name) ? ContactCentre : from.Name;
        var note = status.Message is { Length: > 0 } message ? $" The hub said: {message}" : string.Empty;
        switch (status.State)
        {
            case HubHandoffState.Accepted when ticket.Status == HandoffStatus.Waiting:
                var accepted = await queue.UpdateAsync(
                    ticket with { Status = HandoffStatus.Accepted, AgentId = HubAgentPrefix + (from?.Id ?? turnContext.Activity.ChannelId), AgentName = hubAgent, AcceptedAt = now },
                    cancellationToken);
                await complaints.ChangeAsync(
                    ticket.ComplaintReference,
                    c => c with
                    {
                        Status = ComplaintStatus.InProgress,
                        History = [.. c.History, new StatusChange(now, ComplaintStatus.InProgress, hubAgent, "A contact-centre agent took over the conversation." + note)],
                    },
                    cancellationToken);
                Published(accepted, "accepted");
                break;

            case HubHandoffState.Failed:
                var waiting = await queue.UpdateAsync(
                    ticket with { Status = HandoffStatus.Waiting, AgentId = null, AgentName = null, AcceptedAt = null, CustomerToldToWait = true },
                    cancellationToken);
                var culture = SupportedLanguages.FromLocale(ticket.Language) ?? SupportedLanguages.English;
                var complaint = await complaints.ChangeAsync(
                    ticket.ComplaintReference,
                    c => c with
                    {
                        Priority = ComplaintPriority.Urgent,
                        Deadline = Min(c.Deadline, deadlines.DeadlineFor(ComplaintPriority.Urgent, c.CreatedAt)),
                        History = [.. c.History, new StatusChange(now, c.Status, ContactCentre, "The contact centre could not take the conversation; back in the queue, urgent." + note)],
                    },
                    cancellationToken);
                if (complaint is not null)
                {
                    var deadline = IntakeWording.Deadline(complaint.Deadline, ConversationTurn.TimeZoneOf(turnContext.Activity), culture);
                    var notice = CustomerChannel.Localize(ticket.Language, nameof(BotMessages.HandoffNoAgents), deadline);
                    await turnContext.SendActivityAsync(notice, cancellationToken);
                    await complaints.ChangeAsync(
                        ticket.ComplaintReference,
                        c => c with { Transcript = [.. c.Transcript, new TranscriptEntry(time.GetUtcNow(), TranscriptSpeaker.Bot, notice)] },
                        cancellationToken);
                }

                Published(waiting, "failed");
                break;

            case HubHandoffState.Completed:
                var ended = await queue.UpdateAsync(ticket with { Status = HandoffStatus.Returned }, cancellationToken);
                await complaints.ChangeAsync(
                    ticket.ComplaintReference,
                    c => c with { History = [.. c.History, new StatusChange(now, c.Status, ticket.AgentName ?? hubAgent, "The contact centre finished the conversation." + note)] },
                    cancellationToken);
                Published(ended, "completed");
                break;

            default:
                LogOutOfOrder(logger, ticket.Id, status.State, ticket.Status);
                break;
        }
    }

    private void Published(HandoffTicket ticket, string state)
    {
        LogApplied(logger, ticket.Id, state);
        feed.Publish(AgentConsoleFeed.QueueEvent, QueueEntry.From(ticket, time.GetUtcNow()));
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a <= b ? a : b;

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId}: the hub reported {State}")]
    private static partial void LogApplied(ILogger logger, string handoffId, string state);

    [LoggerMessage(Level = LogLevel.Information, Message = "A handoff.status event was ignored: {Why}")]
    private static partial void LogIgnored(ILogger logger, string why);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId}: the hub reported {State} while the handoff is {Status}; nothing changed")]
    private static partial void LogOutOfOrder(ILogger logger, string handoffId, HubHandoffState state, HandoffStatus status);
}
