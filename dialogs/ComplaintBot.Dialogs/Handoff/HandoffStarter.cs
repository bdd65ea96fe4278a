using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>
/// Hands the customer to a person in the turn the escalation was decided: files what is known as an escalated
/// complaint, queues the handoff, tells the customer why and what happens now, and announces the handoff on the
/// channel: the standard <c>handoff.initiate</c> event, or an Omnichannel escalation (<see cref="HandoffOptions.Format"/>).
/// </summary>
public sealed class HandoffStarter(
    ComplaintFiler filer,
    CustomerProfilePolicy profiles,
    IHandoffService handoffs,
    IComplaintStore store,
    DeadlinePolicy deadlines,
    IOptions<HandoffOptions> options,
    TimeProvider time)
{
    public async Task StartAsync(ITurnContext turnContext, ComplaintDraft draft, EscalationDecision decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(decision);
        var turn = ConversationTurn.Of(turnContext);
        var reason = decision.Reason ?? EscalationReason.Requested;
        var withStory = draft.Story.Count > 0 || string.IsNullOrWhiteSpace(turnContext.Activity.Text) ? draft : draft.WithStory(turnContext.Activity.Text);
        var profile = await profiles.GetAsync(CustomerOf(turnContext, withStory), cancellationToken);
        var complaint = await filer.FileAsync(
            turnContext,
            withStory,
            new FilingCircumstances(turn.Language, profile, turn.Profile.Transcript)
            {
                Escalated = true,
                UrgentHarm = reason == EscalationReason.Urgent,
                EscalationNote = reason.ToString(),
            },
            cancellationToken);

        var request = new HandoffRequest(complaint.Reference, reason, decision.Signals, turn.Mood?.Analysis.Label ?? SentimentLabel.Negative, time.GetUtcNow());
        var queued = await handoffs.RequestAsync(request, cancellationToken);
        if (!queued.AgentsAvailable)
        {
            complaint = await store.UpdateAsync(
                complaint with { Priority = ComplaintPriority.Urgent, Deadline = deadlines.DeadlineFor(ComplaintPriority.Urgent, complaint.CreatedAt) },
                cancellationToken);
        }

        await turnContext.SendActivityAsync(Explanation(turnContext.Activity, reason, complaint, queued), cancellationToken);
        if (!options.Value.ChannelsWithoutInitiateEvent.Contains(turnContext.Activity.ChannelId ?? string.Empty, StringComparer.OrdinalIgnoreCase))
        {
            var announcement = options.Value.Format == HandoffFormat.Omnichannel
                ? OmnichannelEscalation.Create(complaint, request)
                : HandoffInitiation.Create(turnContext.Activity, complaint, request);
            await turnContext.SendActivityAsync(announcement, cancellationToken);
        }

        turn.TranscriptFiled();
    }

    private static Customer CustomerOf(ITurnContext turnContext, ComplaintDraft draft)
        => draft.Customer with { ChannelId = turnContext.Activity.ChannelId ?? string.Empty, UserId = turnContext.Activity.From?.Id ?? string.Empty };

    private static string Explanation(Activity incoming, EscalationReason reason, Complaint complaint, HandoffQueued queued)
    {
        var culture = CultureInfo.CurrentCulture;
        var takeover = string.Format(culture, BotMessages.HandoffTakeover, complaint.Reference);
        var wait = queued switch
        {
            { AgentsAvailable: false } => string.Format(
                culture,
                BotMessages.HandoffNoAgents,
                IntakeWording.Deadline(complaint.Deadline, ConversationTurn.TimeZoneOf(incoming), culture)),
            { ExpectedWait: { } expected } => string.Format(culture, BotMessages.HandoffWait, Math.Max(1, (int)Math.Ceiling(expected.TotalMinutes))),
            _ => BotMessages.HandoffSoon,
        };
        return Sentences.Join(culture, EscalationExplanations.For(reason), takeover, wait);
    }
}
