using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// Turns what the intake learnt into a <see cref="Complaint"/> and writes it to the store, durably, with an unused
/// reference, its priority and deadline. Only after this returns may the bot say the complaint is filed.
/// </summary>
public sealed class ComplaintFiler(
    IComplaintStore store,
    ComplaintReferenceGenerator references,
    PriorityPolicy priorities,
    DeadlinePolicy deadlines,
    TimeProvider time)
{
    public const string BotActor = "bot";

    public Task<Complaint> FileAsync(ITurnContext turnContext, ComplaintDraft draft, FilingCircumstances circumstances, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(circumstances);
        var activity = turnContext.Activity;
        var now = time.GetUtcNow();
        var priority = priorities.Decide(new PriorityInput(draft.Category)
        {
            IsVip = circumstances.Profile.IsVip,
            IsFrequentContacter = circumstances.Profile.IsFrequentContacter,
            UrgentHarm = circumstances.UrgentHarm,
            Escalated = circumstances.Escalated,
        });
        var status = circumstances.Escalated ? ComplaintStatus.Escalated : ComplaintStatus.Open;
        var customer = draft.Customer with { ChannelId = activity.ChannelId ?? string.Empty, UserId = activity.From?.Id ?? string.Empty };
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;

        return references.AddWithUnusedReferenceAsync(
            store,
            id => new Complaint
            {
                Reference = id,
                Customer = customer,
                Conversation = reference,
                Language = circumstances.Language,
                Category = draft.Category,
                Description = draft.StoryText,
                Facts = draft.Facts,
                DesiredResolution = draft.Resolution ?? DesiredResolution.Other,
                DesiredResolutionText = draft.ResolutionText,
                ContactRoute = customer.Email is not null ? ContactRoute.Email : customer.Phone is not null ? ContactRoute.Phone : ContactRoute.Chat,
                Priority = priority.Priority,
                PriorityReasons = priority.Reasons,
                IsVip = circumstances.Profile.IsVip,
                IsFrequentContacter = circumstances.Profile.IsFrequentContacter,
                CreatedAt = now,
                Deadline = deadlines.DeadlineFor(priority.Priority, now),
                Status = status,
                History = [new StatusChange(now, status, BotActor, circumstances.Escalated ? circumstances.EscalationNote : null)],
                Transcript = circumstances.Transcript,
            },
            cancellationToken);
    }
}

/// <summary>What besides the draft decides how a complaint is filed.</summary>
/// <param name="Language">The language code the customer used.</param>
/// <param name="Transcript">Everything said so far in this conversation.</param>
public sealed record FilingCircumstances(string Language, CustomerProfile Profile, IReadOnlyList<TranscriptEntry> Transcript)
{
    public bool Escalated { get; init; }

    public bool UrgentHarm { get; init; }

    /// <summary>Why it was escalated, for the history.</summary>
    public string? EscalationNote { get; init; }
}
