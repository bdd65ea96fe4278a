using ComplaintBot.Agents;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.CheckIns;

/// <summary>
/// While a conversation's check-in waits for its answer, a typed or clicked yes/no answers it: "no" reopens the
/// complaint with high priority and apologises with a deadline; "yes" closes it with thanks. Any other message goes on
/// to the bot, and the check-in keeps waiting.
/// </summary>
public sealed class CheckInAnswerMiddleware(
    ICheckInStore store,
    IComplaintStore complaints,
    DeadlinePolicy deadlines,
    TimeProvider time) : ComplaintBot.Protocol.Turns.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrWhiteSpace(activity.Text)
            || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            await nextTurn(cancellationToken);
            return;
        }

        var awaited = await store.FindAwaitingAnswerAsync(ConversationKeys.Of(activity), cancellationToken);
        var complaint = awaited is null ? null : await complaints.FindAsync(awaited.ComplaintReference, cancellationToken);
        var solved = complaint is null
            ? null
            : ConfirmRecognizer.Recognize(
                activity.Text,
                CustomerChannel.Localize(complaint.Language, nameof(BotMessages.ButtonYes)),
                CustomerChannel.Localize(complaint.Language, nameof(BotMessages.ButtonNo)));
        if (awaited is null || complaint is null || solved is null
            || !await store.RecordAnswerAsync(awaited.Id, solved.Value, time.GetUtcNow(), cancellationToken))
        {
            await nextTurn(cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var deadline = deadlines.DeadlineFor(ComplaintPriority.High, now);
        var reply = solved.Value
            ? CustomerChannel.Localize(complaint.Language, nameof(BotMessages.CheckInClosed))
            : CustomerChannel.Localize(complaint.Language, nameof(BotMessages.CheckInReopened), FormatDeadline(complaint.Language, deadline, ConversationTurn.TimeZoneOf(activity)));
        await complaints.ChangeAsync(complaint.Reference, c => Apply(c, solved.Value, activity.Text, reply, deadline, now), cancellationToken);
        await turnContext.SendActivityAsync(reply, cancellationToken);
    }

    private static Complaint Apply(Complaint complaint, bool solved, string answer, string reply, DateTimeOffset deadline, DateTimeOffset now)
    {
        var transcript = new TranscriptEntry[]
        {
            new(now, TranscriptSpeaker.Customer, answer),
            new(now, TranscriptSpeaker.Bot, reply),
        };
        return solved
            ? complaint with
            {
                Status = ComplaintStatus.Closed,
                History = [.. complaint.History, new StatusChange(now, ComplaintStatus.Closed, ComplaintFiler.BotActor, "Check-in: the customer says the problem is solved.")],
                Transcript = [.. complaint.Transcript, .. transcript],
            }
            : complaint with
            {
                Status = ComplaintStatus.Reopened,
                Priority = ComplaintPriority.High,
                Deadline = deadline,
                History = [.. complaint.History, new StatusChange(now, ComplaintStatus.Reopened, ComplaintFiler.BotActor, "Check-in: the customer says the problem is not solved.")],
                Transcript = [.. complaint.Transcript, .. transcript],
            };
    }

    /// <summary>The deadline as the intake words it: in the customer's time zone and language.</summary>
    private static string FormatDeadline(string language, DateTimeOffset deadline, TimeZoneInfo customerTimeZone)
    {
        var culture = SupportedLanguages.FromLocale(language) ?? SupportedLanguages.English;
        return TimeZoneInfo.ConvertTime(deadline, customerTimeZone).ToString("f", culture);
    }
}
