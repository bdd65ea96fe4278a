using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Sentiment.Evaluation;

/// <summary>Runs the embedded analyzer and the escalation policy (default options, first message of a conversation,
/// not a VIP) over labelled messages.</summary>
public sealed class EscalationEvaluator
{
    private readonly EmbeddedSentimentAnalyzer _analyzer = new();
    private readonly EscalationPolicy _policy = new(new EscalationOptions());

    public EscalationDecision Decide(LabelledMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var analysis = _analyzer.Analyze(message.Text, message.Language);
        return _policy.Decide(new EscalationContext(analysis, []));
    }

    public IReadOnlyList<(LabelledMessage Message, bool Escalated)> Run(IEnumerable<LabelledMessage> messages)
        => [.. messages.Select(message => (message, Decide(message).Escalate))];
}
