using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Benchmarks.Agents;

/// <summary>
/// Until the intake dialog escalates by itself: a message asking for a person is filed as an escalated complaint and
/// handed over, as the intake will do; every other message goes to the real bot.
/// </summary>
internal sealed class EscalatingBot(IBot realBot, IComplaintStore complaints, IHandoffService handoffs, TimeProvider time) : IBot
{
    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (!activity.IsType(ActivityTypes.Message) || activity.Text?.Contains("person", StringComparison.Ordinal) != true)
        {
            await realBot.OnTurnAsync(turnContext, cancellationToken);
            return;
        }

        var now = time.GetUtcNow();
        var complaint = await complaints.AddAsync(
            new Complaint
            {
                Reference = "CMP-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(),
                Customer = new Customer(activity.ChannelId!, activity.From!.Id!),
                Conversation = activity.GetConversationReference(),
                Language = "en",
                Description = activity.Text,
                CreatedAt = now,
                Deadline = now.AddHours(1),
                Status = ComplaintStatus.Escalated,
            },
            cancellationToken);
        await turnContext.SendActivityAsync("Connecting you with a person now.", cancellationToken);
        await handoffs.RequestAsync(
            new HandoffRequest(complaint.Reference, EscalationReason.Angry, [new UpsetSignal(UpsetSignalKind.Anger, "outrageous")], SentimentLabel.Negative, now),
            cancellationToken);
    }
}
