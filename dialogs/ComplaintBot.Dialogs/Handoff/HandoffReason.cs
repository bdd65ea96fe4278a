namespace ComplaintBot.Dialogs.Handoff;

/// <summary>Why the bot brought in a person; each reason has its own explanation to the customer.</summary>
public enum HandoffReason
{
    /// <summary>The customer asked for a person.</summary>
    Requested,

    /// <summary>Anger, insults, profanity, shouting or sarcasm.</summary>
    Upset,

    /// <summary>A threat to leave, sue, complain to a regulator or go public.</summary>
    Threat,

    /// <summary>Worn out from repeating themselves.</summary>
    Exhausted,

    /// <summary>Urgency with harm: something bad happens soon if nobody acts.</summary>
    UrgentHarm,
}
