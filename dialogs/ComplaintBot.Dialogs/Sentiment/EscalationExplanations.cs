using ComplaintBot.Dialogs.Resources;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// The sentence that tells the customer, in the turn's language (CurrentUICulture), what the bot noticed and why a
/// person is taking over. The handoff message adds the wait and that nothing needs repeating.
/// </summary>
public static class EscalationExplanations
{
    public static string For(EscalationReason reason) => reason switch
    {
        EscalationReason.Requested => BotMessages.HandoffReasonRequested,
        EscalationReason.Threat => BotMessages.HandoffReasonThreat,
        EscalationReason.Urgent => BotMessages.HandoffReasonUrgent,
        EscalationReason.Repeated => BotMessages.HandoffReasonRepeated,
        EscalationReason.Angry => BotMessages.HandoffReasonAngry,
        EscalationReason.MoodTrend => BotMessages.HandoffReasonMoodTrend,
        EscalationReason.NotUnderstood => BotMessages.HandoffReasonNotUnderstood,
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown escalation reason."),
    };
}
