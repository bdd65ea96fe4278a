using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Agents;

/// <summary>
/// Puts an escalated complaint in the agents' queue and tells the connected consoles (and any other
/// <see cref="IHandoffNotifier"/>, e.g. the agents' Teams channel) at once. From then on <see cref="Relay.RelayMiddleware"/>
/// keeps the bot quiet in that conversation. Asking twice for the same conversation keeps the first handoff.
/// </summary>
public sealed partial class HandoffService(
    IComplaintStore complaints,
    IHandoffStore queue,
    AgentConsoleFeed feed,
    IEnumerable<IHandoffNotifier> notifiers,
    TimeProvider time,
    ILogger<HandoffService> logger) : IHandoffService
{
    public async Task<HandoffQueued> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var complaint = await complaints.FindAsync(request.ComplaintReference, cancellationToken)
            ?? throw new InvalidOperationException($"The complaint {request.ComplaintReference} must be filed before it is handed over.");
        var conversationKey = ConversationKeys.Of(complaint.Conversation);
        if (await queue.FindActiveAsync(conversationKey, cancellationToken) is { } existing)
        {
            LogAlreadyQueued(logger, complaint.Reference, existing.Id);
            return Availability();
        }

        HandoffTicket ticket;
        try
        {
            ticket = await queue.AddAsync(
                new HandoffTicket
                {
                    Id = Guid.CreateVersion7().ToString("N"),
                    ComplaintReference = complaint.Reference,
                    ConversationKey = conversationKey,
                    Status = HandoffStatus.Waiting,
                    Priority = HandoffPriority.Of(complaint, request.Reason),
                    Language = complaint.Language,
                    Reason = request.Reason,
                    Mood = request.Mood,
                    Signals = request.Signals,
                    IsVip = complaint.IsVip,
                    IsFrequentContacter = complaint.IsFrequentContacter,
                    RequestedAt = request.RequestedAt,
                },
                cancellationToken);
        }
        catch (InvalidOperationException)
        {
            LogAlreadyQueued(logger, complaint.Reference, "(concurrent)");
            return Availability();
        }

        LogQueued(logger, complaint.Reference, ticket.Id, request.Reason, ticket.Priority);
        feed.Publish(AgentConsoleFeed.QueueEvent, QueueEntry.From(ticket, time.GetUtcNow()));
        foreach (var notifier in notifiers)
        {
            try
            {
                await notifier.HandoffQueuedAsync(ticket, complaint, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogNotifierFailed(logger, ex, notifier.GetType().Name, ticket.Id);
            }
        }

        return Availability();
    }

    /// <summary>Someone can take it now when a console is open or the agents' Teams channel is told.</summary>
    private HandoffQueued Availability() => new(feed.HasSubscribers || notifiers.Any(), ExpectedWait: null);

    [LoggerMessage(Level = LogLevel.Information, Message = "Handoff {HandoffId} queued for complaint {Reference}: {Reason}, priority {Priority}")]
    private static partial void LogQueued(ILogger logger, string reference, string handoffId, EscalationReason reason, int priority);

    [LoggerMessage(Level = LogLevel.Information, Message = "Complaint {Reference} is already waiting for or held by an agent ({HandoffId})")]
    private static partial void LogAlreadyQueued(ILogger logger, string reference, string handoffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Notifier} could not announce handoff {HandoffId}")]
    private static partial void LogNotifierFailed(ILogger logger, Exception exception, string notifier, string handoffId);
}
