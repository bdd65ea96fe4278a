using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The Adaptive Card (schema 1.5) a handoff is posted to the agents' channel as: the packet (reference, reason and
/// signals in words, mood, language, flags, summary, the last transcript lines) and, while it waits, an "Accept"
/// Action.Submit whose data is <c>{ "action": "accept", "handoffId": … }</c>. Every text that came from a customer
/// sits in a TextRun, which Adaptive Cards never read as Markdown, with <c>{{</c> broken so no DATE()/TIME() function
/// runs; the JSON itself is written by System.Text.Json.
/// </summary>
public static class HandoffCard
{
    public const string Version = "1.5";
    public const string AcceptAction = "accept";
    public const string ActionField = "action";
    public const string HandoffIdField = "handoffId";

    public static Attachment Build(HandoffTicket ticket, ComplaintPacket packet, int transcriptLines)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        ArgumentNullException.ThrowIfNull(packet);
        var summary = packet.Summary;
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = ticket.Status == HandoffStatus.Waiting ? "A customer needs a person" : "Handoff",
                ["size"] = "Medium",
                ["weight"] = "Bolder",
                ["wrap"] = true,
            },
            Fact("Reference", ticket.ComplaintReference),
            Fact("Reason", HandoffWords.Reason(ticket.Reason)),
            Fact("Signals", HandoffWords.Signals(ticket.Signals)),
            Fact("Mood", HandoffWords.Mood(ticket.Mood)),
            Fact("Language", HandoffWords.Language(ticket.Language)),
            Fact("Flags", HandoffWords.Flags(ticket.IsVip, ticket.IsFrequentContacter)),
            Fact("Customer", packet.Customer.Name ?? "(no name given)"),
            Fact("Complaint", string.Create(CultureInfo.InvariantCulture, $"{summary.Category}, priority {summary.Priority}, filed {summary.CreatedAt:yyyy-MM-dd HH:mm} UTC")),
            Fact("Summary", packet.Description),
            new JsonObject
            {
                ["type"] = "TextBlock",
                ["text"] = "Last messages",
                ["weight"] = "Bolder",
                ["separator"] = true,
                ["wrap"] = true,
            },
        };
        foreach (var line in packet.Transcript.TakeLast(transcriptLines))
        {
            body.Add(Fact(HandoffWords.Speaker(line), line.Text));
        }

        if (HandoffWords.Outcome(ticket) is { } outcome)
        {
            body.Add(new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["separator"] = true,
                ["inlines"] = new JsonArray { Run(outcome, bold: true) },
            });
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,
        };
        if (ticket.Status == HandoffStatus.Waiting)
        {
            card["actions"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "Action.Submit",
                    ["title"] = "Accept",
                    ["data"] = new JsonObject { [ActionField] = AcceptAction, [HandoffIdField] = ticket.Id },
                },
            };
        }

        return new Attachment { ContentType = ContentTypes.AdaptiveCard, Content = JsonSerializer.SerializeToElement(card) };
    }

    /// <summary>A label and a value on one line; the value is plain text whatever it contains.</summary>
    private static JsonObject Fact(string label, string value) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray { Run(label + ": ", bold: true), Run(HandoffWords.Cut(value), bold: false) },
    };

    /// <summary>A TextRun: shown exactly as written (no Markdown, no date functions).</summary>
    public static JsonObject Run(string text, bool bold)
    {
        var run = new JsonObject { ["type"] = "TextRun", ["text"] = Plain(text) };
        if (bold)
        {
            run["weight"] = "Bolder";
        }

        return run;
    }

    /// <summary>Breaks <c>{{</c> with a zero-width space, so a customer's <c>{{DATE(…)}}</c> shows as typed.</summary>
    public static string Plain(string text) => text.Replace("{{", "{\u200B{", StringComparison.Ordinal);
}
