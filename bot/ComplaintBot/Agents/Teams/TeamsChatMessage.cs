using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// What the bot writes to agents in Teams, shown exactly as written: one line as plain text (<c>textFormat</c> plain);
/// several lines (a brief, the queue, the help) as an Adaptive Card with a TextRun per line, since Teams joins the
/// lines of a text message.
/// </summary>
public static class TeamsChatMessage
{
    public static Activity Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).Where(line => line.Length > 0).ToList();
        if (lines.Count <= 1)
        {
            return new Activity { Type = ActivityTypes.Message, Text = text, TextFormat = TeamsAgentsChannel.PlainText };
        }

        var body = new JsonArray();
        foreach (var line in lines)
        {
            body.Add(new JsonObject { ["type"] = "RichTextBlock", ["inlines"] = new JsonArray { HandoffCard.Run(line, bold: false) } });
        }

        var card = new JsonObject { ["type"] = "AdaptiveCard", ["version"] = HandoffCard.Version, ["body"] = body };
        return new Activity
        {
            Type = ActivityTypes.Message,
            Summary = lines[0],
            Attachments = [new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) }],
        };
    }
}
