using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Status;

/// <summary>
/// Answers "what's the status of CMP-7K3Q9D?": the status, the next step and the deadline — only to the customer
/// who filed it; anyone else hears that no such complaint of theirs exists.
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
        if (!theirs)
        {
            await turnContext.SendActivityAsync(string.Format(CultureInfo.CurrentCulture, BotMessages.StatusNotFound, reference), cancellationToken);
            return;
        }

        var deadline = TimeZoneInfo.ConvertTime(complaint!.Deadline, ConversationTurn.TimeZoneOf(activity));
        await turnContext.SendActivityAsync(
            string.Format(
                CultureInfo.CurrentCulture,
                BotMessages.StatusReply,
                complaint.Reference,
                IntakeWording.StatusPhrase(complaint.Status),
                IntakeWording.NextStep(complaint.DesiredResolution),
                deadline.ToString("f", CultureInfo.CurrentCulture)),
            cancellationToken);
    }
}
