using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.CheckIns;

/// <summary>What the check-in says, in the customer's language (the caller sets the UI culture).</summary>
public static class CheckInMessages
{
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

    /// <summary>Thanks, one line on the problem and on what was done, and "is it solved?" with yes/no buttons.</summary>
    public static Activity Question(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var text = string.Format(
            CultureInfo.CurrentCulture,
            BotMessages.CheckInQuestion,
            OneLine(complaint.Description),
            OneLine(complaint.Resolution ?? string.Empty));
        var activity = ActivityExtensions.CreateMessage(text, InputHints.ExpectingInput);
        activity.SuggestedActions = new SuggestedActions
        {
            Actions = [CardAction.ImBack(BotMessages.ButtonYes), CardAction.ImBack(BotMessages.ButtonNo)],
        };
        return activity;
    }

    /// <summary>The first line of a text, cut to a readable length.</summary>
    public static string OneLine(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var line = text.Trim().Split('\n', 2)[0].Trim();
        return line.Length <= SummaryLength ? line : string.Concat(line.AsSpan(0, SummaryLength - 1).TrimEnd(), "…");
    }
}
