using System.Text.Json;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Tests.DirectLine;

/// <summary>
/// The real bot, plus one extra turn for the browser test: "show options" is answered with suggested actions and
/// an Adaptive Card, so the widget's rendering of both can be checked whatever the intake conversation says.
/// </summary>
internal sealed class SuggestionsBot(IBot realBot) : IBot
{
    public const string Trigger = "show options";
    public const string ActionTitle = "Track my parcel";
    public const string CardText = "Your case number is CB-1042";

    public Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        if (turnContext.Activity.Text != Trigger)
        {
            return realBot.OnTurnAsync(turnContext, cancellationToken);
        }

        var card = JsonSerializer.SerializeToElement(new Dictionary<string, object>
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["body"] = new object[] { new { type = "TextBlock", text = CardText, wrap = true } },
        });
        var reply = ActivityExtensions.CreateMessage("How can I help?");
        reply.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(ActionTitle)],
        };
        reply.Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = card }];
        return turnContext.SendActivityAsync(reply, cancellationToken);
    }
}
