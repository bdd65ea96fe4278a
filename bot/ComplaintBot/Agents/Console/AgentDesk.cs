using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.State;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// What an agent does with a handoff or a complaint, wherever they work (the web console, Teams): every action checks
/// who holds the conversation, is written to the complaint's history under the agent's name, reaches the customer in
/// their language on their channel, and is pushed to the other consoles.
/// </summary>
public sealed partial class AgentDesk(
    IHandoffStore queue,
    IComplaintStore complaints,
    IAgentAccountStore accounts,
    CustomerChannel customers,
    AgentConsoleFeed feed,
    IEnumerable<IComplaintResolvedListener> resolvedListeners,
    IEnumerable<IHandoffChangedListener> changeListeners,
    IOptions<AgentsOptions> options,
    TimeProvider time,
    ILogger<AgentDesk> logger)
{
    /// <summary>
    /// The queue as one agent sees it: the handoffs they hold, and the waiting ones offered to them (their language
    /// right away, any other once it has waited past the language-first window or when no agent speaks it), urgent
    /// and VIP first, then the longest waiting.
    /// </summary>
    public async Task<IReadOnlyList<QueueEntry>> QueueForAsync(AgentIdentity agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var now = time.GetUtcNow();
        var active = await queue.ListActiveAsync(cancellationToken);
        var agentLanguages = (await accounts.ListAsync(cancellationToken)).SelectMany(a => a.Languages).ToList();
        var window = options.Value.LanguageFirstWindow;
        return [.. active
            .Where(t => t.Status == HandoffStatus.Waiting
                ? agent.Speaks(t.Language) || now - t.RequestedAt >= window || !agentLanguages.Any(l => AgentLanguages.Same(l, t.Language))
                : t.AgentId == agent.Id)
            .OrderByDescending(t => t.Status == HandoffStatus.Accepted)
            .ThenByDescending(t => t.Priority)
            .ThenBy(t => t.RequestedAt)
            .Select(t => QueueEntry.From(t, now) with { SpeaksLanguage = agent.Speaks(t.Language) })];
    }

    /// <summary>A handoff as a queue line, as of now.</summary>
    public QueueEntry Describe(HandoffTicket ticket) => QueueEntry.From(ticket, time.GetUtcNow());

    public async Task<ComplaintPacket> OpenHandoffAsync(string handoffId, CancellationToken cancellationToken)
    {
        var ticket = await FindTicketAsync(handoffId, cancellationToken);
        return await OpenComplaintAsync(ticket.ComplaintReference, cancellationToken);
    }

    public async Task<ComplaintPacket> OpenComplaintAsync(string reference, CancellationToken cancellationToken)
    {
        var complaint = await FindComplaintAsync(reference, cancellationToken);
        var earlier = await complaints.ListAsync(
            new ComplaintQuery { Customer = (complaint.Customer.ChannelId, complaint.Customer.UserId), Limit = 50 },
            cancellationToken);
        var handoff = await queue.FindActiveAsync(ConversationKeys.Of(complaint.Conversation), cancellationToken);
        return ComplaintPacket.Of(complaint, handoff is not null && handoff.ComplaintReference == complaint.Reference ? handoff : null, earlier, time.GetUtcNow());
    }

    public async Task<IReadOnlyList<ComplaintSummary>> ListComplaintsAsync(ComplaintQuery query, CancellationToken cancellationToken)
        => [.. (await complaints.ListAsync(query, cancellationToken)).Select(ComplaintSummary.Of)];

    /// <summary>Takes a waiting handoff: the customer is told, in their language, that the agent has joined.</summary>
    public async Task<HandoffTicket> AcceptAsync(string handoffId, AgentIdentity agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var ticket = await FindTicketAsync(handoffId, cancellationToken);
        if (ticket.Status != HandoffStatus.Waiting)
        {
            throw new DeskRefusedException(DeskRefusal.Conflict, ticket.AgentName is null
                ? "This handoff is no longer waiting."
                : $"{ticket.AgentName} has already taken this handoff.");
        }

        var now = time.GetUtcNow();
        var accepted = await SaveAsync(ticket with { Status = HandoffStatus.Accepted, AgentId = agent.Id, AgentName = agent.Name, AcceptedAt = now }, cancellationToken);
        var joined = CustomerChannel.Localize(ticket.Language, nameof(BotMessages.AgentJoined), agent.Name);
        return await AnnounceAsync(accepted, agent, joined, "Took over the conversation.", "accepted", now, ComplaintStatus.InProgress, cancellationToken);
    }

    /// <summary>Relays the agent's words to the customer on their channel, and keeps them in the transcript.</summary>
    public async Task SendAsync(string handoffId, AgentIdentity agent, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var said = RequireText(text, "a message");
        var ticket = await FindHeldTicketAsync(handoffId, agent, cancellationToken);
        var now = time.GetUtcNow();
        var complaint = await FindComplaintAsync(ticket.ComplaintReference, cancellationToken);
        await customers.SendAsync(complaint, said, cancellationToken);
        await ChangeComplaintAsync(
            ticket.ComplaintReference,
            c => c with { Transcript = [.. c.Transcript, new TranscriptEntry(now, TranscriptSpeaker.Agent, said) { AgentName = agent.Name }] },
            cancellationToken);
        PublishLine(ticket, TranscriptSpeaker.Agent, agent.Name, said, now);
    }

    /// <summary>Gives the conversation back to the bot: the dialogs answer the customer's next message again.</summary>
    public async Task<HandoffTicket> HandBackAsync(string handoffId, AgentIdentity agent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var ticket = await FindHeldTicketAsync(handoffId, agent, cancellationToken);
        var now = time.GetUtcNow();
        var returned = await SaveAsync(ticket with { Status = HandoffStatus.Returned }, cancellationToken);
        var notice = CustomerChannel.Localize(ticket.Language, nameof(BotMessages.AgentReturnedToBot));
        return await AnnounceAsync(returned, agent, notice, "Handed the conversation back to the bot.", "handed back", now, null, cancellationToken);
    }

    /// <summary>Passes a held conversation to another agent by name; the customer is told who takes over.</summary>
    public async Task<HandoffTicket> TransferAsync(string handoffId, AgentIdentity agent, string toAgentName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var ticket = await FindHeldTicketAsync(handoffId, agent, cancellationToken);
        var target = await accounts.FindByNameAsync(RequireText(toAgentName, "the agent's name"), cancellationToken)
            ?? throw new DeskRefusedException(DeskRefusal.NotFound, "There is no agent with that name.");
        if (target.Id == agent.Id)
        {
            throw new DeskRefusedException(DeskRefusal.Invalid, "The conversation is already yours.");
        }

        var now = time.GetUtcNow();
        var transferred = await SaveAsync(ticket with { AgentId = target.Id, AgentName = target.Name }, cancellationToken);
        var notice = CustomerChannel.Localize(ticket.Language, nameof(BotMessages.AgentTransferred), target.Name);
        return await AnnounceAsync(transferred, agent, notice, $"Transferred the conversation to {target.Name}.", "transferred", now, null, cancellationToken);
    }

    /// <summary>An internal note in the complaint's history; the customer never sees it.</summary>
    public async Task NoteAsync(string reference, AgentIdentity agent, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var note = RequireText(text, "a note");
        var now = time.GetUtcNow();
        await ChangeComplaintAsync(
            reference,
            c => c with { History = [.. c.History, new StatusChange(now, c.Status, agent.Name, note)] },
            cancellationToken);
        feed.Publish(AgentConsoleFeed.NoteEvent, new ConsoleMessage(reference, null, TranscriptSpeaker.Agent, agent.Name, note, now));
    }

    /// <summary>
    /// Resolves a complaint (escalated or filed) with what was done: stored as resolved, the customer told in their
    /// language, its handoff closed, and the resolution listeners (the check-in) told.
    /// </summary>
    public async Task<Complaint> ResolveAsync(string reference, AgentIdentity agent, string resolution, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var done = RequireText(resolution, "a resolution note");
        var current = await FindComplaintAsync(reference, cancellationToken);
        if (current.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed)
        {
            throw new DeskRefusedException(DeskRefusal.Conflict, "This complaint is already resolved.");
        }

        var ticket = await queue.FindActiveAsync(ConversationKeys.Of(current.Conversation), cancellationToken);
        if (ticket is { Status: HandoffStatus.Accepted } && ticket.AgentId != agent.Id && ticket.ComplaintReference == reference)
        {
            throw new DeskRefusedException(DeskRefusal.Conflict, $"{ticket.AgentName} holds this conversation.");
        }

        var now = time.GetUtcNow();
        var notice = CustomerChannel.Localize(current.Language, nameof(BotMessages.ResolvedByAgent), done);
        var resolved = await ChangeComplaintAsync(
            reference,
            c => c with
            {
                Status = ComplaintStatus.Resolved,
                ResolvedAt = now,
                Resolution = done,
                History = [.. c.History, new StatusChange(now, ComplaintStatus.Resolved, agent.Name, done)],
                Transcript = [.. c.Transcript, new TranscriptEntry(now, TranscriptSpeaker.Bot, notice)],
            },
            cancellationToken);
        if (ticket is not null && ticket.ComplaintReference == reference)
        {
            var closed = await SaveAsync(ticket with { Status = HandoffStatus.Resolved, AgentId = ticket.AgentId ?? agent.Id, AgentName = ticket.AgentName ?? agent.Name }, cancellationToken);
            PublishQueue(closed);
        }

        await customers.SendAsync(resolved, notice, cancellationToken);
        LogAction(logger, "resolved", reference, agent.Id);
        feed.Publish(AgentConsoleFeed.MessageEvent, new ConsoleMessage(reference, ticket?.Id, TranscriptSpeaker.Bot, null, notice, now));
        foreach (var listener in resolvedListeners)
        {
            try
            {
                await listener.OnResolvedAsync(resolved, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogListenerFailed(logger, ex, listener.GetType().Name, reference);
            }
        }

        return resolved;
    }

    private static string RequireText(string? text, string what)
        => string.IsNullOrWhiteSpace(text)
            ? throw new DeskRefusedException(DeskRefusal.Invalid, $"Write {what} first.")
            : text.Trim();

    private async Task<HandoffTicket> FindTicketAsync(string handoffId, CancellationToken cancellationToken)
        => await queue.FindAsync(handoffId, cancellationToken)
            ?? throw new DeskRefusedException(DeskRefusal.NotFound, "There is no such handoff.");

    private async Task<HandoffTicket> FindHeldTicketAsync(string handoffId, AgentIdentity agent, CancellationToken cancellationToken)
    {
        var ticket = await FindTicketAsync(handoffId, cancellationToken);
        if (ticket.Status != HandoffStatus.Accepted || ticket.AgentId != agent.Id)
        {
            throw new DeskRefusedException(DeskRefusal.Conflict, "You do not hold this conversation.");
        }

        return ticket;
    }

    private async Task<Complaint> FindComplaintAsync(string reference, CancellationToken cancellationToken)
        => await complaints.FindAsync(reference, cancellationToken)
            ?? throw new DeskRefusedException(DeskRefusal.NotFound, "There is no such complaint.");

    private async Task<Complaint> ChangeComplaintAsync(string reference, Func<Complaint, Complaint> change, CancellationToken cancellationToken)
        => await complaints.ChangeAsync(reference, change, cancellationToken)
            ?? throw new DeskRefusedException(DeskRefusal.NotFound, "There is no such complaint.");

    private async Task<HandoffTicket> SaveAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            return await queue.UpdateAsync(ticket, cancellationToken);
        }
        catch (StorageConcurrencyException ex)
        {
            throw new DeskRefusedException("Someone else changed this handoff just now; reload and try again.", ex);
        }
    }

    /// <summary>
    /// What follows an agent's change to a handoff: the complaint's history takes the action under the agent's name (and
    /// its new status, if any), its transcript and the customer's channel the notice, and the consoles the new queue line
    /// and the notice.
    /// </summary>
    private async Task<HandoffTicket> AnnounceAsync(
        HandoffTicket changed,
        AgentIdentity agent,
        string notice,
        string historyNote,
        string action,
        DateTimeOffset now,
        ComplaintStatus? newStatus,
        CancellationToken cancellationToken)
    {
        var complaint = await ChangeComplaintAsync(
            changed.ComplaintReference,
            c => c with
            {
                Status = newStatus ?? c.Status,
                History = [.. c.History, new StatusChange(now, newStatus ?? c.Status, agent.Name, historyNote)],
                Transcript = [.. c.Transcript, new TranscriptEntry(now, TranscriptSpeaker.Bot, notice)],
            },
            cancellationToken);
        await customers.SendAsync(complaint, notice, cancellationToken);
        LogAction(logger, action, changed.Id, agent.Id);
        PublishQueue(changed);
        PublishLine(changed, TranscriptSpeaker.Bot, null, notice, now);
        return changed;
    }

    private void PublishQueue(HandoffTicket ticket)
    {
        feed.Publish(AgentConsoleFeed.QueueEvent, Describe(ticket));
        foreach (var listener in changeListeners)
        {
            listener.OnHandoffChanged(ticket);
        }
    }

    private void PublishLine(HandoffTicket ticket, TranscriptSpeaker speaker, string? agentName, string text, DateTimeOffset at)
        => feed.Publish(AgentConsoleFeed.MessageEvent, new ConsoleMessage(ticket.ComplaintReference, ticket.Id, speaker, agentName, text, at));

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} {Action} {Subject}")]
    private static partial void LogAction(ILogger logger, string action, string subject, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Listener} failed after complaint {Reference} was resolved")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener, string reference);
}
