namespace ComplaintBot.Privacy;

/// <summary>What an erasure or a retention sweep changed, counted (never what the data was).</summary>
/// <param name="Complaints">Complaints whose personal fields and transcript were erased (the anonymised record stays).</param>
/// <param name="StateDocuments">Turn-state and Direct Line documents deleted.</param>
/// <param name="Handoffs">Handoff tickets deleted.</param>
/// <param name="CheckIns">Check-ins detached from the conversation (their outcome stays).</param>
public sealed record ErasureReport(int Complaints, int StateDocuments, int Handoffs, int CheckIns)
{
    public static ErasureReport None { get; } = new(0, 0, 0, 0);

    public ErasureReport Add(ErasureReport other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new(Complaints + other.Complaints, StateDocuments + other.StateDocuments, Handoffs + other.Handoffs, CheckIns + other.CheckIns);
    }
}
