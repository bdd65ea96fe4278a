namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>How much each kind of upset signal darkens a message's score, and which kinds a negator can cancel.</summary>
internal static class SignalKinds
{
    public static double NegativeWeight(UpsetSignalKind kind) => kind switch
    {
        UpsetSignalKind.Anger => 3.0,
        UpsetSignalKind.Insult => 3.0,
        UpsetSignalKind.Profanity => 2.5,
        UpsetSignalKind.Sarcasm => 2.5,
        UpsetSignalKind.Threat => 2.0,
        UpsetSignalKind.Exhaustion => 2.0,
        UpsetSignalKind.Shouting => 1.5,
        UpsetSignalKind.UrgentHarm => 1.5,
        UpsetSignalKind.RepeatedPunctuation => 1.0,
        UpsetSignalKind.HumanRequest => 0.5,
        _ => 0,
    };

    /// <summary>"I'm not angry", "I won't cancel": anger, insults and threats can be negated; a request for a person
    /// ("why can't I talk to a person?") or profanity cannot.</summary>
    public static bool CanBeNegated(UpsetSignalKind kind) => kind is UpsetSignalKind.Anger or UpsetSignalKind.Insult or UpsetSignalKind.Threat;
}
