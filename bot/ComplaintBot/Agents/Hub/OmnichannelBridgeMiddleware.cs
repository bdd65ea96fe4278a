using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Hub;

/// <summary>
/// With <see cref="HandoffOptions.Format"/> = Omnichannel, marks every message the bot sends for the customer with
/// <c>channelData.deliveryMode = "bridged"</c>, as Dynamics 365 Omnichannel requires before it shows a bot's message
/// to the customer; the escalation command itself (<c>channelData.tags</c>) stays for the agent only.
/// </summary>
public sealed class OmnichannelBridgeMiddleware(IOptions<HandoffOptions> options) : ComplaintBot.Protocol.Turns.IMiddleware
{
    public Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        if (options.Value.Format == HandoffFormat.Omnichannel)
        {
            turnContext.OnSendActivities(sent =>
            {
                foreach (var activity in sent)
                {
                    if (activity.IsType(ActivityTypes.Message) && !OmnichannelEscalation.IsCommand(activity))
                    {
                        OmnichannelEscalation.Bridge(activity);
                    }
                }
            });
        }

        return nextTurn(cancellationToken);
    }
}
