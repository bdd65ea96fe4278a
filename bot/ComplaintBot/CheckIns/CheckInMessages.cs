using System.Globalization;
using System.Text.Json;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.CheckIns;

/// <summary>
/// What the check-in says, in the customer's language (the caller sets the UI culture, see <see cref="InLanguageAsync"/>).
/// Its buttons are <c>messageBack</c> actions whose value names the check-in, so a click is told apart from typing; in
/// Teams, which renders Adaptive Cards, the question and the reminder carry a card with both questions and the comment.
/// </summary>
public static class CheckInMessages
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    private const int SummaryLength = 80;

    /// <summary>Runs <paramref name="action"/> with the complaint's language as the current culture.</summary>
    public static async Task InLanguageAsync(string language, Func<Task> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var (ui, culture) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        var target = SupportedLanguages.FromLocale(language) ?? SupportedLanguages.English;
        CultureInfo.CurrentUICulture = target;
        CultureInfo.CurrentCulture = target;
        try
        {
            await action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = ui;
            CultureInfo.CurrentCulture = culture;
        }
    }

    /// <summary>
    /// Thanks, one line on the problem and on what was done, "is it solved?" and "how satisfied are you (1–5)?", with
    /// yes/no buttons (the rating's come after), or the card in Teams.
    /// </summary>
    public static Activity Question(Complaint complaint, string checkInId)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var text = string.Format(
            CultureInfo.CurrentCulture,
            BotMessages.CheckInQuestion,
            OneLine(complaint.Description),
            OneLine(complaint.Resolution ?? string.Empty));
        return WithSurvey(text, complaint.Conversation.ChannelId, checkInId);
    }

    /// <summary>The one reminder: the problem in one line and both questions again.</summary>
    public static Activity Reminder(Complaint complaint, string checkInId)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var text = string.Format(CultureInfo.CurrentCulture, BotMessages.CheckInReminder, OneLine(complaint.Description));
        return WithSurvey(text, complaint.Conversation.ChannelId, checkInId);
    }

    /// <summary>"Is the problem solved?" with yes/no buttons.</summary>
    public static Activity AskSolved(string checkInId, string? channelId) =>
        WithButtons(BotMessages.CheckInAskSolved, channelId, YesNo(checkInId));

    /// <summary>"How satisfied are you (1–5)?" with a button per rating.</summary>
    public static Activity AskRating(string checkInId, string? channelId) =>
        WithButtons(BotMessages.CheckInAskRating, channelId, Ratings(checkInId));

    /// <summary>The optional comment, with a button to skip it.</summary>
    public static Activity AskComment(string checkInId, string? channelId) =>
        WithButtons(BotMessages.CheckInAskComment, channelId, [(BotMessages.ButtonSkipComment, CheckInAnswer.Value(checkInId, skipComment: true))]);

    /// <summary>The first line of a text, cut to a readable length.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Trim().Split('\n', 2)[0].Trim();
        return line.Length <= SummaryLength ? line : string.Concat(line.AsSpan(0, SummaryLength - 1).TrimEnd(), "…");
    }

    private static Activity WithSurvey(string text, string? channelId, string checkInId)
    {
        if (channelId != ComplaintBot.Protocol.Schema.Channels.MsTeams)
        {
            return WithButtons(text, channelId, YesNo(checkInId));
        }

        var activity = ActivityExtensions.CreateMessage(text, InputHints.ExpectingInput);
        activity.Attachments = [new Attachment { ContentType = AdaptiveCardContentType, Content = SurveyCard(checkInId) }];
        return activity;
    }

    /// <summary>Buttons as <c>messageBack</c> (the click's value names the check-in); Teams' suggested actions only take <c>imBack</c>.</summary>
    private static Activity WithButtons(string text, string? channelId, IEnumerable<(string Label, JsonElement Value)> buttons)
    {
        var activity = ActivityExtensions.CreateMessage(text, InputHints.ExpectingInput);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [.. buttons.Select(button => channelId == ComplaintBot.Protocol.Schema.Channels.MsTeams
                ? CardAction.ImBack(button.Label)
                : new CardAction { Type = ActionTypes.MessageBack, Title = button.Label, Text = button.Label, DisplayText = button.Label, Value = button.Value })],
        };
        return activity;
    }

    private static IEnumerable<(string Label, JsonElement Value)> YesNo(string checkInId) =>
        [(BotMessages.ButtonYes, CheckInAnswer.Value(checkInId, solved: true)), (BotMessages.ButtonNo, CheckInAnswer.Value(checkInId, solved: false))];

    private static IEnumerable<(string Label, JsonElement Value)> Ratings(string checkInId) =>
        Enumerable.Range(1, 5).Select(rating => (rating.ToString(CultureInfo.InvariantCulture), CheckInAnswer.Value(checkInId, rating: rating)));

    /// <summary>
    /// Both questions and the comment on one Adaptive Card; its submit sends
    /// <c>{"checkInId": …, "solved": "yes"|"no", "rating": "1".."5", "comment": …}</c> as the message's value.
    /// </summary>
    private static JsonElement SurveyCard(string checkInId) => JsonSerializer.SerializeToElement(new Dictionary<string, object>
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.4",
        ["body"] = new object[]
        {
            new Dictionary<string, object>
            {
                ["type"] = "Input.ChoiceSet", ["id"] = CheckInAnswer.SolvedField, ["label"] = BotMessages.CheckInCardSolved, ["style"] = "expanded",
                ["choices"] = new[] { Choice(BotMessages.ButtonYes, "yes"), Choice(BotMessages.ButtonNo, "no") },
            },
            new Dictionary<string, object>
            {
                ["type"] = "Input.ChoiceSet", ["id"] = CheckInAnswer.RatingField, ["label"] = BotMessages.CheckInCardRating, ["style"] = "expanded",
                ["choices"] = Enumerable.Range(1, 5).Select(rating => Choice(rating.ToString(CultureInfo.InvariantCulture), rating.ToString(CultureInfo.InvariantCulture))).ToArray(),
            },
            new Dictionary<string, object>
            {
                ["type"] = "Input.Text", ["id"] = CheckInAnswer.CommentField, ["label"] = BotMessages.CheckInCardComment, ["isMultiline"] = true, ["maxLength"] = 2000,
            },
        },
        ["actions"] = new object[]
        {
            new Dictionary<string, object>
            {
                ["type"] = "Action.Submit", ["title"] = BotMessages.CheckInCardSend,
                ["data"] = new Dictionary<string, string> { [CheckInAnswer.CheckInIdField] = checkInId },
            },
        },
    });

    private static Dictionary<string, string> Choice(string title, string value) => new() { ["title"] = title, ["value"] = value };
}
