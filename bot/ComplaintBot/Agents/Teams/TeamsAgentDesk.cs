using System.Globalization;
using System.Text;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// An agent working in Teams: the card's Accept in the agents' channel, the commands and words in their 1:1 chat with
/// the bot, and the customer's messages brought into that chat. Every action is the <see cref="AgentDesk"/>'s (the
/// same checks, history, customer notices and console pushes as the web console); this class only maps a Teams user to
/// an agent account, keeps their chat, and keeps the card up to date.
/// </summary>
public sealed partial class TeamsAgentDesk(
    AgentDesk desk,
    IAgentAccountStore accounts,
    ITeamsAgentLinks links,
    TeamsAgentsChannel teams,
    TeamsHandoffCards cards,
    IOptions<TeamsAgentsOptions> options,
    TimeProvider time,
    ILogger<TeamsAgentDesk> logger)
{
    /// <summary>The card's Accept: the handoff goes to the agent linked to the Teams user who pressed it, or is politely refused.</summary>
    public async Task AcceptFromCardAsync(ITurnContext turn, string handoffId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var from = turn.Activity.From;
        var link = from?.AadObjectId is { } objectId && Guid.TryParse(objectId, out _)
            ? await links.FindByAadObjectIdAsync(objectId, cancellationToken)
            : null;
        var agent = link is null ? null : await IdentityAsync(link, cancellationToken);
        if (link is null || agent is null)
        {
            LogRefusedUnknown(logger, handoffId);
            await ReplyAsync(turn, $"Sorry{(from?.Name is { Length: > 0 } name ? " " + name : string.Empty)}, your Teams account is not linked to an agent account, so you cannot take handoffs. An administrator can link it with: agents link-teams \"<agent name>\" <your Microsoft Entra object id>", cancellationToken);
            return;
        }

        link = await LearnAsync(link, from!.Id, chatConversationId: null, cancellationToken);
        try
        {
            await AcceptAsync(link, agent, handoffId, cancellationToken);
        }
        catch (DeskRefusedException ex)
        {
            await ReplyAsync(turn, $"{agent.Name}: {ex.Message}", cancellationToken);
            await cards.RefreshAsync(handoffId, cancellationToken);
        }
    }

    /// <summary>
    /// A message in a linked agent's 1:1 chat with the bot: a command, or words for the customer of the conversation
    /// they hold. Returns false when the sender is not a linked agent (then it is a customer's chat).
    /// </summary>
    public async Task<bool> TryHandleChatAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var activity = turn.Activity;
        if (activity.From?.AadObjectId is not { } objectId || !Guid.TryParse(objectId, out _)
            || await links.FindByAadObjectIdAsync(objectId, cancellationToken) is not { } link)
        {
            return false;
        }

        link = await LearnAsync(link, activity.From.Id, activity.Conversation?.Id, cancellationToken);
        if (await IdentityAsync(link, cancellationToken) is not { } agent)
        {
            await ReplyAsync(turn, "Your Teams account is linked to an agent account that no longer exists.", cancellationToken);
            return true;
        }

        var command = TeamsChatCommand.Parse(activity.Text);
        try
        {
            var answer = await RunAsync(link, agent, command, cancellationToken);
            if (answer is not null)
            {
                await ReplyAsync(turn, answer, cancellationToken);
            }
        }
        catch (DeskRefusedException ex)
        {
            await ReplyAsync(turn, ex.Message, cancellationToken);
        }

        return true;
    }

    /// <summary>Brings a customer's message into the Teams chat of the agent holding the conversation, if they work in Teams.</summary>
    public async Task ForwardCustomerMessageAsync(HandoffTicket ticket, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        if (ticket.AgentId is null || await links.FindByAgentIdAsync(ticket.AgentId, cancellationToken) is not { ChatConversationId: { } chat })
        {
            return;
        }

        try
        {
            await teams.SendToChatAsync(chat, $"[{ticket.ComplaintReference}] Customer: {text}", cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogChatFailed(logger, ticket.Id, ex.Message);
        }
    }

    private async Task<string?> RunAsync(TeamsAgentLink link, AgentIdentity agent, TeamsChatCommand command, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case null:
                if (command.Argument.Length == 0)
                {
                    return null;
                }

                var held = await HeldAsync(link, agent, cancellationToken);
                await desk.SendAsync(held.Id, agent, command.Argument, cancellationToken);
                return null;
            case "help":
                return TeamsChatCommand.Help;
            case "queue":
                return await QueueAsync(agent, cancellationToken);
            case "accept":
                var waiting = (await desk.QueueForAsync(agent, cancellationToken))
                    .FirstOrDefault(e => e.Status == HandoffStatus.Waiting && string.Equals(e.ComplaintReference, command.Argument, StringComparison.OrdinalIgnoreCase))
                    ?? throw new DeskRefusedException(DeskRefusal.NotFound, $"No handoff {command.Argument} is waiting for you. /queue lists them.");
                await AcceptAsync(link, agent, waiting.Id, cancellationToken);
                return null;
            case "switch":
                var entry = (await desk.QueueForAsync(agent, cancellationToken))
                    .FirstOrDefault(e => e.Status == HandoffStatus.Accepted && string.Equals(e.ComplaintReference, command.Argument, StringComparison.OrdinalIgnoreCase))
                    ?? throw new DeskRefusedException(DeskRefusal.NotFound, $"You do not hold {command.Argument}.");
                await links.UpdateAsync(link with { FocusHandoffId = entry.Id }, cancellationToken);
                return $"Your messages now go to the customer of {entry.ComplaintReference}.";
            case "note":
                var noted = await HeldAsync(link, agent, cancellationToken);
                await desk.NoteAsync(noted.ComplaintReference, agent, command.Argument, cancellationToken);
                return $"Note added to {noted.ComplaintReference}.";
            case "resolve":
                var resolving = await HeldAsync(link, agent, cancellationToken);
                await desk.ResolveAsync(resolving.ComplaintReference, agent, command.Argument, cancellationToken);
                await ReleaseAsync(link, resolving, cancellationToken);
                return $"{resolving.ComplaintReference} is resolved; the customer was told what was done.";
            case "handback":
                var returning = await HeldAsync(link, agent, cancellationToken);
                await desk.HandBackAsync(returning.Id, agent, cancellationToken);
                await ReleaseAsync(link, returning, cancellationToken);
                return $"{returning.ComplaintReference} is back with the bot.";
            case "transfer":
                var passing = await HeldAsync(link, agent, cancellationToken);
                var transferred = await desk.TransferAsync(passing.Id, agent, command.Argument, cancellationToken);
                await ReleaseAsync(link, passing, cancellationToken);
                await BriefNewHolderAsync(transferred, agent, cancellationToken);
                return $"{passing.ComplaintReference} is now with {transferred.AgentName}.";
            default:
                return $"I do not know /{command.Name}.\n{TeamsChatCommand.Help}";
        }
    }

    private async Task AcceptAsync(TeamsAgentLink link, AgentIdentity agent, string handoffId, CancellationToken cancellationToken)
    {
        var accepted = await desk.AcceptAsync(handoffId, agent, cancellationToken);
        await cards.RefreshAsync(accepted.Id, cancellationToken);
        await BriefAsync(link, accepted, $"You now hold {accepted.ComplaintReference}; the customer was told you joined.", cancellationToken);
    }

    /// <summary>Opens the agent's chat if needed, makes the handoff their focus, and writes the packet into the chat.</summary>
    private async Task BriefAsync(TeamsAgentLink link, HandoffTicket ticket, string headline, CancellationToken cancellationToken)
    {
        try
        {
            var chat = link.ChatConversationId ?? await teams.OpenChatAsync(link, cancellationToken);
            await links.UpdateAsync(link with { ChatConversationId = chat, FocusHandoffId = ticket.Id }, cancellationToken);
            var packet = await desk.OpenComplaintAsync(ticket.ComplaintReference, cancellationToken);
            var brief = new StringBuilder()
                .AppendLine(headline)
                .AppendLine(CultureInfo.InvariantCulture, $"{HandoffWords.Reason(ticket.Reason)}; signals: {HandoffWords.Signals(ticket.Signals)}; mood {HandoffWords.Mood(ticket.Mood)}; {HandoffWords.Language(ticket.Language)}; flags: {HandoffWords.Flags(ticket.IsVip, ticket.IsFrequentContacter)}.")
                .AppendLine(CultureInfo.InvariantCulture, $"Customer: {packet.Customer.Name ?? "(no name given)"}. Complaint: {HandoffWords.Cut(packet.Description)}")
                .AppendLine("Last messages:");
            foreach (var line in packet.Transcript.TakeLast(options.Value.TranscriptLines))
            {
                brief.AppendLine(CultureInfo.InvariantCulture, $"{HandoffWords.Speaker(line)}: {HandoffWords.Cut(line.Text)}");
            }

            brief.Append("Write here to answer the customer; /help lists the commands.");
            await teams.SendToChatAsync(chat, brief.ToString(), cancellationToken);
        }
        catch (ConnectorException ex)
        {
            LogChatFailed(logger, ticket.Id, ex.Message);
        }
    }

    private async Task BriefNewHolderAsync(HandoffTicket transferred, AgentIdentity from, CancellationToken cancellationToken)
    {
        await cards.RefreshAsync(transferred.Id, cancellationToken);
        if (transferred.AgentId is not null && await links.FindByAgentIdAsync(transferred.AgentId, cancellationToken) is { } target)
        {
            await BriefAsync(target, transferred, $"{from.Name} passed {transferred.ComplaintReference} to you; the customer was told.", cancellationToken);
        }
    }

    /// <summary>After the agent let go of a conversation: the card shows it, and their messages no longer go there.</summary>
    private async Task ReleaseAsync(TeamsAgentLink link, QueueEntry handoff, CancellationToken cancellationToken)
    {
        await cards.RefreshAsync(handoff.Id, cancellationToken);
        if (link.FocusHandoffId == handoff.Id)
        {
            await links.UpdateAsync(link with { FocusHandoffId = null }, cancellationToken);
        }
    }

    /// <summary>The conversation the agent's words and commands are about: their focus, or the only one they hold.</summary>
    private async Task<QueueEntry> HeldAsync(TeamsAgentLink link, AgentIdentity agent, CancellationToken cancellationToken)
    {
        var held = (await desk.QueueForAsync(agent, cancellationToken)).Where(e => e.Status == HandoffStatus.Accepted).ToList();
        return held.FirstOrDefault(e => e.Id == link.FocusHandoffId)
            ?? (held.Count == 1 ? held[0] : null)
            ?? throw new DeskRefusedException(DeskRefusal.Conflict, held.Count == 0
                ? "You hold no conversation. /queue lists the waiting ones, /accept <reference> takes one."
                : $"You hold {string.Join(", ", held.Select(e => e.ComplaintReference))}: /switch <reference> picks the one you mean.");
    }

    private async Task<string> QueueAsync(AgentIdentity agent, CancellationToken cancellationToken)
    {
        var entries = await desk.QueueForAsync(agent, cancellationToken);
        if (entries.Count == 0)
        {
            return "Nobody is waiting, and you hold no conversation.";
        }

        var now = time.GetUtcNow();
        var list = new StringBuilder();
        foreach (var entry in entries)
        {
            var state = entry.Status == HandoffStatus.Accepted
                ? "you hold it"
                : string.Create(CultureInfo.InvariantCulture, $"waiting {Math.Max(0, (now - entry.RequestedAt).TotalMinutes):0} min");
            list.AppendLine(CultureInfo.InvariantCulture, $"{entry.ComplaintReference} - {state} - {HandoffWords.Reason(entry.Reason)}, mood {HandoffWords.Mood(entry.Mood)}, {HandoffWords.Language(entry.Language)}, flags: {HandoffWords.Flags(entry.IsVip, entry.IsFrequentContacter)}");
        }

        return list.ToString().TrimEnd();
    }

    private async Task<AgentIdentity?> IdentityAsync(TeamsAgentLink link, CancellationToken cancellationToken)
        => await accounts.FindAsync(link.AgentId, cancellationToken) is { } account ? AgentIdentity.Of(account) : null;

    /// <summary>Keeps the Teams user id and chat a linked agent was last seen with.</summary>
    private async Task<TeamsAgentLink> LearnAsync(TeamsAgentLink link, string? teamsUserId, string? chatConversationId, CancellationToken cancellationToken)
    {
        var learnt = link with
        {
            TeamsUserId = teamsUserId ?? link.TeamsUserId,
            ChatConversationId = chatConversationId ?? link.ChatConversationId,
        };
        if (learnt != link)
        {
            await links.UpdateAsync(learnt, cancellationToken);
        }

        return learnt;
    }

    private static Task<ResourceResponse> ReplyAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
        => turn.SendActivityAsync(TeamsChatMessage.Of(text), cancellationToken);

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused Accept on handoff {HandoffId}: the Teams user is not linked to an agent")]
    private static partial void LogRefusedUnknown(ILogger logger, string handoffId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write to the Teams chat of the agent holding handoff {HandoffId}: {Reason}")]
    private static partial void LogChatFailed(ILogger logger, string handoffId, string reason);
}
