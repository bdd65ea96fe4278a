using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The Adaptive Cards (schema 1.4) the support team's Teams channel gets. The customer's comment goes into a
/// <c>TextRun</c>, which Teams shows as plain text (no Markdown, no links), never into a Markdown text block.
/// </summary>
public static class SupportCards
{
    public static string Title(SupportNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return notification.Kind == SupportNotificationKind.NegativeResult
            ? $"Negative check-in result for {notification.Result?.ComplaintReference}"
            : $"Check-in digest for {notification.Digest?.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
    }

    public static JsonElement For(SupportNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var body = new JsonArray { Heading(Title(notification)) };
        if (notification.Result is { } result)
        {
            AddResult(body, result);
        }

        if (notification.Digest is { } digest)
        {
            AddDigest(body, digest);
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = "1.4",
            ["body"] = body,
        };
        return JsonSerializer.SerializeToElement(card);
    }

    private static void AddResult(JsonArray body, CheckInResult result)
    {
        body.Add(Facts(
            ("Complaint", result.ComplaintReference),
            ("Category", result.Category),
            ("Language", result.Language),
            ("Resolved by", result.AgentName ?? SurveySummary.NoAgent),
            ("Solved", result.Solved switch { true => "yes", false => "no", null => "not answered" }),
            ("Rating", result.Rating is { } rating ? rating.ToString(CultureInfo.InvariantCulture) + " / 5" : "not answered"),
            ("Resolved at", Time(result.ResolvedAt)),
            ("Answered at", result.AnsweredAt is { } answered ? Time(answered) : "—")));
        if (!string.IsNullOrWhiteSpace(result.Comment))
        {
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = "Customer comment", ["weight"] = "Bolder", ["spacing"] = "Medium" });
            body.Add(new JsonObject
            {
                ["type"] = "RichTextBlock",
                ["inlines"] = new JsonArray { new JsonObject { ["type"] = "TextRun", ["text"] = result.Comment } },
            });
        }
    }

    private static void AddDigest(JsonArray body, DailyDigest digest)
    {
        body.Add(new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = $"Check-ins sent {Time(digest.From)} – {Time(digest.To)} ({digest.TimeZone})",
            ["isSubtle"] = true,
            ["wrap"] = true,
        });
        var overall = digest.Summary.Overall;
        body.Add(Facts(
            ("Check-ins", overall.CheckIns.ToString(CultureInfo.InvariantCulture)),
            ("Delivered", overall.Delivered.ToString(CultureInfo.InvariantCulture)),
            ("Response rate", Share(overall.ResponseRate, overall.Responded, overall.Delivered)),
            ("CSAT (4–5)", Share(overall.Csat, overall.Satisfied, overall.Rated)),
            ("Solved", Share(overall.SolvedRate, overall.Solved, overall.SolvedAnswers)),
            ("Negative", overall.Negative.ToString(CultureInfo.InvariantCulture))));
        AddBreakdown(body, "By category", digest.Summary.ByCategory);
        AddBreakdown(body, "By agent", digest.Summary.ByAgent);
    }

    private static void AddBreakdown(JsonArray body, string heading, IReadOnlyList<SurveyBreakdown> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = heading, ["weight"] = "Bolder", ["spacing"] = "Medium" });
        body.Add(Facts([.. lines.Select(line => (line.Name, Line(line.Figures)))]));
    }

    private static string Line(SurveyFigures figures) => string.Create(
        CultureInfo.InvariantCulture,
        $"{figures.Responded}/{figures.Delivered} answered · CSAT {Percent(figures.Csat)} · solved {Percent(figures.SolvedRate)} · {figures.Negative} negative");

    private static JsonObject Heading(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = text, ["size"] = "Medium", ["weight"] = "Bolder", ["wrap"] = true };

    private static JsonObject Facts(params (string Title, string Value)[] facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(fact => (JsonNode)new JsonObject { ["title"] = fact.Title, ["value"] = fact.Value })]),
    };

    private static string Share(double? rate, int part, int whole) =>
        string.Create(CultureInfo.InvariantCulture, $"{Percent(rate)} ({part} of {whole})");

    private static string Percent(double? rate) =>
        rate is { } value ? (value * 100).ToString("0.#", CultureInfo.InvariantCulture) + " %" : "—";

    private static string Time(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
