using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// When the bot stops asking questions and brings in a person (configuration section "Sentiment:Escalation").
/// Negative shares are the analyzer's <see cref="SentimentAnalysis.Negative"/> score, 0..1.
/// </summary>
public sealed record EscalationOptions
{
    public const string SectionName = "Sentiment:Escalation";

    /// <summary>The signals that hand over on their own; the rest (shouting, "!!!") only together with another
    /// signal or a negative message. Null means <see cref="DefaultSignalsThatEscalateAlone"/>.</summary>
    public IReadOnlyList<UpsetSignalKind>? SignalsThatEscalateAlone { get; init; }

    /// <summary>A message at least this negative is upset even without a named signal.</summary>
    [Range(0.5, 1.0)]
    public double NegativeThreshold { get; init; } = 0.85;

    /// <summary>An amplifying signal (capitals, "!!!") in a message at least this negative hands over.</summary>
    [Range(0.0, 1.0)]
    public double AmplifiedNegativeThreshold { get; init; } = 0.5;

    /// <summary>How many of the customer's latest messages (the current one included) the mood trend covers.</summary>
    [Range(2, 20)]
    public int TrendWindow { get; init; } = 3;

    /// <summary>The average negative share over the trend window that hands over.</summary>
    [Range(0.3, 1.0)]
    public double TrendThreshold { get; init; } = 0.6;

    /// <summary>VIP customers: the negative threshold, and the trend threshold, are this much lower.</summary>
    [Range(0.0, 0.4)]
    public double VipThresholdReduction { get; init; } = 0.15;

    /// <summary>VIP customers: an amplifying signal alone (capitals, "!!!") hands over.</summary>
    public bool VipEscalatesOnAmplifiers { get; init; } = true;

    /// <summary>How many times in a row the bot may fail to understand before it hands over.</summary>
    [Range(1, 10)]
    public int MisunderstandingLimit { get; init; } = 2;

    public static IReadOnlyList<UpsetSignalKind> DefaultSignalsThatEscalateAlone { get; } =
    [
        UpsetSignalKind.Anger, UpsetSignalKind.Insult, UpsetSignalKind.Threat, UpsetSignalKind.HumanRequest,
        UpsetSignalKind.Profanity, UpsetSignalKind.Sarcasm, UpsetSignalKind.Exhaustion, UpsetSignalKind.UrgentHarm,
    ];

    public IReadOnlyList<UpsetSignalKind> EffectiveSignalsThatEscalateAlone => SignalsThatEscalateAlone ?? DefaultSignalsThatEscalateAlone;
}
