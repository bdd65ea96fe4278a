using ComplaintBot.Agents;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>
/// Takes the customer's answers to a check-in before the dialogs see the message, and keeps the customer's reported
/// time zone for quiet hours. Either part may come first, hours later, typed ("yes", "네", "4 stars", "５") or clicked:
/// "not solved" or a rating of 1–2 reopens the complaint with high priority and apologises with a deadline (and the
/// configured contact route); "solved" with no bad rating closes it with thanks. Then the missing part is asked for, and
/// once both are in, the optional comment. Every recorded part goes to the <see cref="ICheckInResultListener"/>s.
/// </summary>
/// <remarks>
/// Which check-in a message answers, and whether it answers one at all:
/// <list type="bullet">
/// <item>A click carries the check-in's id (the buttons' <c>messageBack</c> value, the card's <c>Action.Submit</c> data):
/// it answers exactly that check-in, even in the middle of a new complaint's intake and even when a newer check-in
/// waits in the same conversation.</item>
/// <item>Typed words belong to the intake while it waits for an answer (its dialog stack is not empty): a "yes" there
/// answers the intake's own question ("Did I get that right?", "Anything else?") and is never taken by the check-in.
/// The check-in keeps waiting, and its buttons, its reminder or a later typed answer still reach it.</item>
/// <item>Otherwise typed words answer the conversation's most recent check-in that still waits: a yes/no or a rating
/// while a part is missing, then any text as the comment once the comment was asked for. Anything else goes on to
/// the bot.</item>
/// </list>
/// </remarks>
public sealed class CheckInAnswerMiddleware(
    ICheckInStore store,
    IConversationTimeZones timeZones,
    IComplaintStore complaints,
    ConversationState conversationState,
    CheckInResultNotifier notifier,
    DeadlinePolicy deadlines,
    IOptions<CheckInOptions> options,
    TimeProvider time) : ComplaintBot.Protocol.Turns.IMiddleware
{
    private readonly IStatePropertyAccessor<DialogState> _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));

    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(nextTurn);
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || string.IsNullOrEmpty(activity.ChannelId) || string.IsNullOrEmpty(activity.Conversation?.Id)
            || (string.IsNullOrWhiteSpace(activity.Text) && activity.Value is null))
        {
            await nextTurn(cancellationToken);
            return;
        }

        var conversationKey = ConversationKeys.Of(activity);
        var now = time.GetUtcNow();
        if (CustomerTimeZone.ReportedBy(activity) is { } zone)
        {
            await timeZones.RememberAsync(conversationKey, zone, now, cancellationToken);
        }

        if (!await TryAnswerAsync(turnContext, conversationKey, now, cancellationToken))
        {
            await nextTurn(cancellationToken);
        }
    }

    private async Task<bool> TryAnswerAsync(ITurnContext turnContext, string conversationKey, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var clickedId = CheckInAnswer.ClickedCheckInId(activity);
        if (clickedId is null && await IntakeIsWaitingAsync(turnContext, cancellationToken))
        {
            // Typed words belong to the intake while it waits, whatever check-in waits too: none is looked up.
            return false;
        }

        var awaited = clickedId is null
            ? await store.FindAwaitingAnswerAsync(conversationKey, now, cancellationToken)
            : await store.FindAwaitingAnswerByIdAsync(clickedId, now, cancellationToken);
        var complaint = awaited is null ? null : await complaints.FindAsync(awaited.ComplaintReference, cancellationToken);
        if (awaited is null || complaint is null)
        {
            // A click on a check-in that is over (answered, expired) is not an answer to anything else either.
            return clickedId is not null;
        }

        var answer = CheckInAnswer.Read(
            activity,
            CustomerChannel.Localize(complaint.Language, nameof(BotMessages.ButtonYes)),
            CustomerChannel.Localize(complaint.Language, nameof(BotMessages.ButtonNo)));
        var replies = new List<Activity>();
        CheckInResult? result = null;
        if (awaited.AwaitsAnswer && answer.HasAnswerPart)
        {
            result = await store.RecordAnswerAsync(awaited.Id, answer.Solved, answer.Rating, now, cancellationToken);
            if (result is not null)
            {
                await notifier.NotifyAsync(result, cancellationToken);
                complaint = await ApplyOutcomeAsync(turnContext, complaint, result, replies, now, cancellationToken);
            }
        }

        var comment = answer.IsClick ? answer.Comment : awaited.AwaitsComment && !awaited.AwaitsAnswer ? answer.Text : null;
        if (answer.SkipsComment || (comment is not null && IsSkip(comment, complaint.Language)))
        {
            result = await store.RecordCommentAsync(awaited.Id, null, now, cancellationToken) ?? result;
        }
        else if (comment is not null && await store.RecordCommentAsync(awaited.Id, comment, now, cancellationToken) is { } commented)
        {
            result = commented;
            await notifier.NotifyAsync(commented, cancellationToken);
            replies.Add(ActivityExtensions.CreateMessage(CustomerChannel.Localize(complaint.Language, nameof(BotMessages.CheckInCommentThanks))));
        }

        if (result is null && !answer.SkipsComment)
        {
            // Nothing new for the check-in (a part it knows already, or words that answer nothing): a click ends here,
            // typed words go on to the bot.
            return answer.IsClick;
        }

        await CheckInMessages.InLanguageAsync(complaint.Language, async () =>
        {
            if (result is not null && await NextQuestionAsync(result, activity.ChannelId, now, cancellationToken) is { } next)
            {
                replies.Add(next);
            }

            await TranscribeAsync(complaint.Reference, activity, replies, now, cancellationToken);
            if (replies.Count > 0)
            {
                await turnContext.SendActivitiesAsync([.. replies], cancellationToken);
            }
        });
        return true;
    }

    /// <summary>The intake is waiting for an answer to one of its own questions (its dialog stack is not empty).</summary>
    private async Task<bool> IntakeIsWaitingAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await conversationState.LoadAsync(turnContext, cancellationToken: cancellationToken);
        var dialogs = await _dialogState.GetAsync(turnContext, () => new DialogState(), cancellationToken);
        return dialogs.DialogStack.Count > 0;
    }

    /// <summary>The missing part, or the optional comment once both parts are in (asked once).</summary>
    private async Task<Activity?> NextQuestionAsync(CheckInResult result, string? channelId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (result.Solved is null)
        {
            return CheckInMessages.AskSolved(result.CheckInId, channelId);
        }

        if (result.Rating is null)
        {
            return CheckInMessages.AskRating(result.CheckInId, channelId);
        }

        return result.Comment is null && await store.AskCommentAsync(result.CheckInId, now, cancellationToken)
            ? CheckInMessages.AskComment(result.CheckInId, channelId)
            : null;
    }

    /// <summary>
    /// Reopens a resolved or closed complaint when the answer so far is bad (not solved, or a rating of 1–2), and closes a
    /// resolved one when it is solved without a bad rating; a later bad part reopens a complaint a good one closed.
    /// </summary>
    private async Task<Complaint> ApplyOutcomeAsync(ITurnContext turnContext, Complaint complaint, CheckInResult result, List<Activity> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        string reply;
        Func<Complaint, Complaint> change;
        if (result.IsNegative && complaint.Status is ComplaintStatus.Resolved or ComplaintStatus.Closed)
        {
            var deadline = deadlines.DeadlineFor(ComplaintPriority.High, now);
            var settings = options.Value;
            var zone = settings.TimeZoneFor(CustomerTimeZone.ReportedBy(turnContext.Activity) ?? await timeZones.FindAsync(ConversationKeys.Of(turnContext.Activity), cancellationToken));
            reply = CustomerChannel.Localize(
                complaint.Language,
                result.Solved == false ? nameof(BotMessages.CheckInReopened) : nameof(BotMessages.CheckInReopenedRating),
                FormatDeadline(complaint.Language, deadline, zone));
            if (settings.SupportContact is { Length: > 0 } contact)
            {
                reply += " " + CustomerChannel.Localize(complaint.Language, nameof(BotMessages.CheckInContactRoute), contact);
            }

            var why = result.Solved == false ? "the customer says the problem is not solved" : $"the customer rates the handling {result.Rating} of 5";
            change = c => c with
            {
                Status = ComplaintStatus.Reopened,
                Priority = ComplaintPriority.High,
                Deadline = deadline,
                History = [.. c.History, new StatusChange(now, ComplaintStatus.Reopened, ComplaintFiler.BotActor, $"Check-in: {why}.")],
            };
        }
        else if (!result.IsNegative && result.Solved == true && complaint.Status == ComplaintStatus.Resolved)
        {
            reply = CustomerChannel.Localize(complaint.Language, nameof(BotMessages.CheckInClosed));
            change = c => c with
            {
                Status = ComplaintStatus.Closed,
                History = [.. c.History, new StatusChange(now, ComplaintStatus.Closed, ComplaintFiler.BotActor, "Check-in: the customer says the problem is solved.")],
            };
        }
        else
        {
            return complaint;
        }

        replies.Add(ActivityExtensions.CreateMessage(reply));
        return await complaints.ChangeAsync(complaint.Reference, change, cancellationToken) ?? complaint;
    }

    /// <summary>Keeps the customer's answer and the bot's replies in the complaint's transcript.</summary>
    private async Task TranscribeAsync(string reference, Activity answer, IReadOnlyList<Activity> replies, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var said = answer.Text is { Length: > 0 } text ? text : answer.Value?.GetRawText();
        var entries = new List<TranscriptEntry>();
        if (said is not null)
        {
            entries.Add(new TranscriptEntry(now, TranscriptSpeaker.Customer, said));
        }

        entries.AddRange(replies.Where(reply => reply.Text is { Length: > 0 }).Select(reply => new TranscriptEntry(now, TranscriptSpeaker.Bot, reply.Text!)));
        await complaints.ChangeAsync(reference, c => c with { Transcript = [.. c.Transcript, .. entries] }, cancellationToken);
    }

    private static bool IsSkip(string text, string language) =>
        IntakePrompts.IsButton(text, CustomerChannel.Localize(language, nameof(BotMessages.ButtonSkipComment)));

    /// <summary>The deadline as the intake words it: in the customer's time zone and language.</summary>
    private static string FormatDeadline(string language, DateTimeOffset deadline, TimeZoneInfo customerTimeZone)
    {
        var culture = SupportedLanguages.FromLocale(language) ?? SupportedLanguages.English;
        return IntakeWording.Deadline(deadline, customerTimeZone, culture);
    }
}
