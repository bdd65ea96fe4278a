namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Whether to hand the conversation to a person now, why (the reason the customer is told), the signals that
/// fired, and the rule in words for the handoff record ("signal Threat", "negative 0.91 ≥ 0.85", …).
/// </summary>
public sealed record EscalationDecision(bool Escalate, EscalationReason? Reason, IReadOnlyList<UpsetSignal> Signals, string Rule)
{
    public static EscalationDecision Continue { get; } = new(false, null, [], "no rule fired");

    public static EscalationDecision Because(EscalationReason reason, IReadOnlyList<UpsetSignal> signals, string rule)
        => new(true, reason, signals, rule);
}

/// <summary>Why the bot brings in a person; each reason has its own explanation for the customer.</summary>
public enum EscalationReason
{
    /// <summary>The customer asked for a person, a manager or an agent.</summary>
    Requested,

    /// <summary>A threat to leave, sue, go to a regulator or go public.</summary>
    Threat,

    /// <summary>Urgency with harm: a wedding, an elderly parent without heating, medicine, danger.</summary>
    Urgent,

    /// <summary>Worn out from repeating themselves or waiting ("third time", "still waiting").</summary>
    Repeated,

    /// <summary>Angry, insulting, swearing, sarcastic or shouting, or a strongly negative message.</summary>
    Angry,

    /// <summary>The mood over the last few messages has turned.</summary>
    MoodTrend,

    /// <summary>The bot failed to understand the customer several times in a row.</summary>
    NotUnderstood,
}
