namespace ComplaintBot.Sentiment.Evaluation;

/// <summary>Counts for "upset → escalate" over a set of messages, and the usual measures.</summary>
public sealed record UpsetScore(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives, int Calm, int CalmEscalated)
{
    public int Count => TruePositives + FalsePositives + FalseNegatives + TrueNegatives;

    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The share of calm complaints that were wrongly handed over.</summary>
    public double CalmEscalatedShare => Ratio(CalmEscalated, Calm);

    public static UpsetScore Of(IEnumerable<(LabelledMessage Message, bool Escalated)> outcomes)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0, calm = 0, calmEscalated = 0;
        foreach (var (message, escalated) in outcomes)
        {
            switch (message.Upset, escalated)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (true, false): fn++; break;
                default: tn++; break;
            }

            if (message.Kind == "calm")
            {
                calm++;
                calmEscalated += escalated ? 1 : 0;
            }
        }

        return new UpsetScore(tp, fp, fn, tn, calm, calmEscalated);
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;
}
