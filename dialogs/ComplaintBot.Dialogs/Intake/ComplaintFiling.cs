using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// The last step of the intake: writes the complaint (durably, before a word is said about it), then tells the
/// customer — a specific apology, the reference, what happens next, the deadline and the route, the check-in
/// promise, thanks — acknowledging earlier contact when there was some.
/// </summary>
public sealed class ComplaintFiling(ComplaintFiler filer, CustomerProfilePolicy profiles)
{
    public async Task<Complaint> FileAndConfirmAsync(ITurnContext turnContext, ComplaintDraft draft, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        var turn = ConversationTurn.Of(turnContext);
        var profile = await profiles.GetAsync(draft.Customer, cancellationToken);
        var urgentHarm = turn.Mood?.Analysis.Signals.Any(s => s.Kind == UpsetSignalKind.UrgentHarm) == true;
        var complaint = await filer.FileAsync(
            turnContext,
            draft,
            new FilingCircumstances(turn.Language, profile, turn.Profile.Transcript) { UrgentHarm = urgentHarm },
            cancellationToken);

        if (profile.AboutTheSame(complaint.Category, complaint.Facts).Count > 0 || profile.IsFrequentContacter)
        {
            await turnContext.SendActivityAsync(BotMessages.HistoryAcknowledged, cancellationToken);
        }

        foreach (var message in IntakeWording.Filing(complaint, ConversationTurn.TimeZoneOf(turnContext.Activity)))
        {
            await turnContext.SendActivityAsync(message, cancellationToken);
        }

        turn.TranscriptFiled();
        return complaint;
    }
}
