using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// The real bot, plus what the intake dialog will do when a customer asks for a person: file the complaint
/// (status Escalated, the turn's conversation reference) and ask the handoff service for an agent.
/// </summary>
internal sealed class EscalatingBot(IBot realBot, IComplaintStore complaints, IHandoffService handoffs, TimeProvider time) : IBot
{
    public const string Trigger = "person";
    public const string Connecting = "Connecting you with a person who can sort this out right away.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || activity.Text?.Contains(Trigger, StringComparison.OrdinalIgnoreCase) != true)
        {
            await realBot.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var complaint = await complaints.AddAsync(
            new Complaint
            {
                Reference = "CMP-" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant(),
                Customer = new Customer(activity.ChannelId!, activity.From!.Id!),
                Conversation = activity.GetConversationReference(),
                Language = SupportedLanguages.Code(SupportedLanguages.FromLocale(activity.Locale) ?? SupportedLanguages.English),
                Description = activity.Text,
                CreatedAt = now,
                Deadline = now.AddHours(1),
                Status = ComplaintStatus.Escalated,
                History = [new StatusChange(now, ComplaintStatus.Escalated, "bot", "asked for a person")],
                Transcript = [new TranscriptEntry(now, TranscriptSpeaker.Customer, activity.Text)],
            },
            cancellationToken);
        await turnContext.SendActivityAsync(Connecting, cancellationToken);
        await handoffs.RequestAsync(
            new HandoffRequest(complaint.Reference, EscalationReason.Requested, [new UpsetSignal(UpsetSignalKind.HumanRequest, Trigger)], SentimentLabel.Negative, now),
            cancellationToken);
    }
}
