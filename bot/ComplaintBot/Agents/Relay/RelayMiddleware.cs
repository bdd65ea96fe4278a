using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Agents.Relay;

/// <summary>
/// While a conversation waits for or is held by an agent, a customer's message goes to the complaint transcript and
/// the consoles instead of the dialogs. While waiting, the first message after the handoff gets one short "a person
/// will be with you shortly"; the bot says nothing else until the agent hands the conversation back.
/// </summary>
public sealed class RelayMiddleware(
    IHandoffStore queue,
    IComplaintStore complaints,
    AgentConsoleFeed feed,
    TimeProvider time) : ComplaintBot.Protocol.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await nextTurn(cancellationToken);
            return;
        }

        var ticket = await queue.FindActiveAsync(ConversationKeys.Of(activity), cancellationToken);
        if (ticket is null)
        {
            await nextTurn(cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var said = activity.Text ?? string.Empty;
        var lines = new List<TranscriptEntry> { new(now, TranscriptSpeaker.Customer, said) };
        if (ticket is { Status: HandoffStatus.Waiting, CustomerToldToWait: false } && await MarkToldToWaitAsync(ticket, cancellationToken))
        {
            var notice = CustomerChannel.Localize(ticket.Language, nameof(BotMessages.AgentWaiting));
            await turnContext.SendActivityAsync(notice, cancellationToken);
            lines.Add(new TranscriptEntry(time.GetUtcNow(), TranscriptSpeaker.Bot, notice));
        }

        await complaints.ChangeAsync(
            ticket.ComplaintReference,
            complaint => complaint with { Transcript = [.. complaint.Transcript, .. lines] },
            cancellationToken);
        feed.Publish(
            AgentConsoleFeed.MessageEvent,
            new ConsoleMessage(ticket.ComplaintReference, ticket.Id, TranscriptSpeaker.Customer, null, said, now));
    }

    /// <summary>False when the handoff changed meanwhile (an agent accepted it): then no waiting notice is due.</summary>
    private async Task<bool> MarkToldToWaitAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        try
        {
            await queue.UpdateAsync(ticket with { CustomerToldToWait = true }, cancellationToken);
            return true;
        }
        catch (StorageConcurrencyException)
        {
            return false;
        }
    }
}
