using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Status;

/// <summary>
/// Answers "what's the status of CMP-7K3Q9D?": the status, the next step and the deadline — only to the customer
/// who filed it; anyone else hears that no such complaint of theirs exists. Asked without a reference, it answers
/// with the customer's newest complaint on this channel.
/// </summary>
public sealed class StatusReporter(IComplaintStore store)
{
    public async Task ReplyAsync(ITurnContext turnContext, string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var complaint = await store.FindAsync(reference, cancellationToken);
        var activity = turnContext.Activity;
        var theirs = complaint is not null
            && string.Equals(complaint.Customer.ChannelId, activity.ChannelId, StringComparison.Ordinal)
            && string.Equals(complaint.Customer.UserId, activity.From?.Id, StringComparison.Ordinal);
        await turnContext.SendActivityAsync(
            theirs ? Describe(complaint!, activity) : string.Format(CultureInfo.CurrentCulture, BotMessages.StatusNotFound, reference),
            cancellationToken);
    }

    /// <summary>
    /// "What's the status of my complaint?": the newest complaint this customer filed on this channel (and, when there
    /// are more, how to ask about another). With none, it asks which complaint they mean and returns false: the next
    /// message is expected to be its reference.
    /// </summary>
    public async Task<bool> ReplyForCustomerAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        IReadOnlyList<Complaint> newest = activity is { ChannelId: { Length: > 0 } channelId, From.Id: { Length: > 0 } userId }
            ? await store.ListAsync(new ComplaintQuery { Customer = (channelId, userId), Limit = 2 }, cancellationToken)
            : [];
        var reply = newest switch
        {
            [] => BotMessages.AskReference,
            [var only] => Describe(only, activity),
            [var latest, ..] => Sentences.Join(CultureInfo.CurrentCulture, Describe(latest, activity), BotMessages.StatusOtherComplaints),
        };
        await turnContext.SendActivityAsync(reply, cancellationToken);
        return newest.Count > 0;
    }

    private static string Describe(Complaint complaint, Activity activity)
        => string.Format(
            CultureInfo.CurrentCulture,
            BotMessages.StatusReply,
            complaint.Reference,
            IntakeWording.StatusPhrase(complaint.Status),
            IntakeWording.NextStep(complaint.DesiredResolution),
            IntakeWording.Deadline(complaint.Deadline, ConversationTurn.TimeZoneOf(activity), CultureInfo.CurrentCulture));
}
