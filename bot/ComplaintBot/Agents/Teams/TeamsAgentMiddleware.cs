using System.Text.Json;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// Runs before the relay and the dialogs. Keeps agents' Teams traffic away from the complaint intake: a card's Accept,
/// anything in the agents' channel (or any team channel: customers talk to the bot 1:1), and a linked agent's 1:1
/// chat are handled by <see cref="TeamsAgentDesk"/>. A customer's message in a conversation an agent holds goes on as
/// before (the relay records it) and is then brought into that agent's Teams chat. Passes everything on unchanged
/// while Teams is off.
/// </summary>
public sealed class TeamsAgentMiddleware(
    TeamsAgentDesk agents,
    IHandoffStore queue,
    IOptions<TeamsAgentsOptions> options) : ComplaintBot.Protocol.Turns.IMiddleware
{
    public const string PersonalConversation = "personal";
    public const string ChannelConversation = "channel";

    private const string AgentsChannelHelp = "I post handoffs here. Press Accept on a card to take one; then talk to the customer in your 1:1 chat with me (/help there lists the commands).";

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        var activity = turnContext.Activity;
        if (!options.Value.IsEnabled || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await nextTurn(cancellationToken);
            return;
        }

        if (activity.ChannelId == Protocol.Schema.Channels.MsTeams && activity.IsType(ActivityTypes.Message))
        {
            if (AcceptedHandoffId(activity) is { } handoffId)
            {
                await agents.AcceptFromCardAsync(turnContext, handoffId, cancellationToken);
                return;
            }

            if (IsAgentsChannel(activity) || activity.Conversation.ConversationType == ChannelConversation)
            {
                await turnContext.SendActivityAsync(AgentsChannelHelp, cancellationToken);
                return;
            }

            if (activity.Conversation.ConversationType == PersonalConversation && await agents.TryHandleChatAsync(turnContext, cancellationToken))
            {
                return;
            }
        }
        else if (activity.ChannelId == Protocol.Schema.Channels.MsTeams && (IsAgentsChannel(activity) || activity.Conversation.ConversationType == ChannelConversation))
        {
            // Installs and member changes in a team are not a customer's conversation: customers talk to the bot 1:1.
            return;
        }

        if (!activity.IsType(ActivityTypes.Message))
        {
            await nextTurn(cancellationToken);
            return;
        }

        var ticket = await queue.FindActiveAsync(ConversationKeys.Of(activity), cancellationToken);
        await nextTurn(cancellationToken);
        if (ticket is { Status: HandoffStatus.Accepted } && !string.IsNullOrWhiteSpace(activity.Text))
        {
            await agents.ForwardCustomerMessageAsync(ticket, activity.Text, cancellationToken);
        }
    }

    /// <summary>The handoff id of a card's Accept (Action.Submit data arrives as the message's value).</summary>
    public static string? AcceptedHandoffId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(HandoffCard.ActionField, out var action) && action.ValueKind == JsonValueKind.String
            && action.GetString() == HandoffCard.AcceptAction
            && value.TryGetProperty(HandoffCard.HandoffIdField, out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() is { Length: > 0 } handoffId
                ? handoffId
                : null;
    }

    /// <summary>Whether the activity is in the agents' channel (a thread's id is the channel's id and <c>;messageid=…</c>).</summary>
    private bool IsAgentsChannel(Activity activity)
    {
        var channelId = options.Value.ChannelId!;
        var conversationId = activity.Conversation!.Id!;
        var thread = conversationId.Split(';', 2)[0];
        if (string.Equals(thread, channelId, StringComparison.Ordinal))
        {
            return true;
        }

        return activity.ChannelData is { ValueKind: JsonValueKind.Object } data
            && data.TryGetProperty("channel", out var channel) && channel.ValueKind == JsonValueKind.Object
            && channel.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
            && id.GetString() == channelId;
    }
}
