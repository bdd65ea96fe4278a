using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>The mood of one message: scores that sum to 1, and the upset signals found in it.</summary>
public sealed record SentimentAnalysis(
    SentimentLabel Label,
    double Positive,
    double Neutral,
    double Negative,
    IReadOnlyList<UpsetSignal> Signals,
    string? Language,
    string Source)
{
    /// <summary>Whether the customer asked for a person (a manager, an agent, a human): the "request a person" interruption.</summary>
    [JsonIgnore]
    public bool AsksForPerson => Signals.Any(signal => signal.Kind == UpsetSignalKind.HumanRequest);

    public bool Has(UpsetSignalKind kind) => Signals.Any(signal => signal.Kind == kind);
}

public enum SentimentLabel
{
    Positive,
    Neutral,
    Negative,
    Mixed,
}

/// <summary>One reason to believe the customer is upset, with the words that showed it.</summary>
public sealed record UpsetSignal(UpsetSignalKind Kind, string Evidence);

public enum UpsetSignalKind
{
    Anger,
    Insult,
    Threat,
    HumanRequest,
    Profanity,
    Shouting,
    RepeatedPunctuation,
    Sarcasm,
    Exhaustion,
    UrgentHarm,
}
