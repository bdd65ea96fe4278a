using System.Globalization;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// Decides, for each customer message, whether the bot hands over to a person: at once when the message carries
/// a signal that escalates alone (a request for a person, a threat, urgency with harm, exhaustion, anger…), when
/// amplifiers (capitals, "!!!") come together or with a negative message, when the message is strongly negative,
/// when the mood over the last few messages crosses the trend threshold, or when the bot has failed to understand
/// too often in a row. VIP customers cross every threshold earlier. Pure and thread-safe.
/// </summary>
public sealed class EscalationPolicy(EscalationOptions options)
{
    private static readonly UpsetSignalKind[] ReasonOrder =
    [
        UpsetSignalKind.HumanRequest, UpsetSignalKind.Threat, UpsetSignalKind.UrgentHarm, UpsetSignalKind.Exhaustion,
        UpsetSignalKind.Anger, UpsetSignalKind.Insult, UpsetSignalKind.Profanity, UpsetSignalKind.Sarcasm,
        UpsetSignalKind.Shouting, UpsetSignalKind.RepeatedPunctuation,
    ];

    private readonly EscalationOptions _options = options ?? throw new ArgumentNullException(nameof(options));

    public EscalationDecision Decide(EscalationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var current = context.Current;
        var alone = _options.EffectiveSignalsThatEscalateAlone;
        var firing = current.Signals.Where(signal => alone.Contains(signal.Kind)).ToList();
        if (firing.Count > 0)
        {
            var reason = ReasonFor(firing);
            return EscalationDecision.Because(reason, firing, $"signal {string.Join(", ", firing.Select(s => s.Kind).Distinct())}");
        }

        var amplifiers = current.Signals.Where(signal => !alone.Contains(signal.Kind)).ToList();
        var reduction = context.IsVip ? _options.VipThresholdReduction : 0;
        if (amplifiers.Count > 0)
        {
            var distinctKinds = amplifiers.Select(signal => signal.Kind).Distinct().Count();
            if (distinctKinds >= 2 || current.Negative >= _options.AmplifiedNegativeThreshold - reduction
                || (context.IsVip && _options.VipEscalatesOnAmplifiers))
            {
                return EscalationDecision.Because(ReasonFor(amplifiers), amplifiers, Invariant($"amplifiers {string.Join(", ", amplifiers.Select(s => s.Kind).Distinct())} with negative {current.Negative:0.00}"));
            }
        }

        var negativeThreshold = _options.NegativeThreshold - reduction;
        if (current.Negative >= negativeThreshold)
        {
            return EscalationDecision.Because(EscalationReason.Angry, current.Signals, Invariant($"negative {current.Negative:0.00} ≥ {negativeThreshold:0.00}"));
        }

        var trend = TrendOf(context);
        var trendThreshold = _options.TrendThreshold - reduction;
        if (trend is { } average && average >= trendThreshold)
        {
            return EscalationDecision.Because(EscalationReason.MoodTrend, current.Signals, Invariant($"average negative {average:0.00} over {_options.TrendWindow} messages ≥ {trendThreshold:0.00}"));
        }

        if (context.ConsecutiveMisunderstandings >= _options.MisunderstandingLimit)
        {
            return EscalationDecision.Because(EscalationReason.NotUnderstood, [], $"not understood {context.ConsecutiveMisunderstandings} times in a row");
        }

        return EscalationDecision.Continue;
    }

    private double? TrendOf(EscalationContext context)
    {
        var window = _options.TrendWindow;
        if (context.Earlier.Count + 1 < window)
        {
            return null;
        }

        var sum = context.Current.Negative;
        for (var i = context.Earlier.Count - (window - 1); i < context.Earlier.Count; i++)
        {
            sum += context.Earlier[i].Negative;
        }

        return sum / window;
    }

    private static EscalationReason ReasonFor(List<UpsetSignal> signals)
    {
        var first = ReasonOrder.First(kind => signals.Any(signal => signal.Kind == kind));
        return first switch
        {
            UpsetSignalKind.HumanRequest => EscalationReason.Requested,
            UpsetSignalKind.Threat => EscalationReason.Threat,
            UpsetSignalKind.UrgentHarm => EscalationReason.Urgent,
            UpsetSignalKind.Exhaustion => EscalationReason.Repeated,
            _ => EscalationReason.Angry,
        };
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
