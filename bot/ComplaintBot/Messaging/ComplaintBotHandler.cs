using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Messaging;

/// <summary>The bot: routes each activity by type.</summary>
public sealed class ComplaintBotHandler : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        switch (activity.Type)
        {
            case ActivityTypes.ConversationUpdate when activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true:
                await turnContext.SendActivityAsync("Hello, I'm ComplaintBot. Tell me what went wrong and I'll make sure it gets fixed.", cancellationToken);
                break;
            case ActivityTypes.Message:
                await turnContext.SendActivityAsync("Thank you, I have noted that.", cancellationToken);
                break;
        }
    }
}
