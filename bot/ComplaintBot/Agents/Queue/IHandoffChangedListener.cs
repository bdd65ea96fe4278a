namespace ComplaintBot.Agents.Queue;

/// <summary>
/// Told by the <see cref="Console.AgentDesk"/> whenever an agent changes a handoff (accepted, handed back, transferred,
/// resolved), from the console or from Teams. Called in the agent's request: it must return at once and never throw
/// (queue the work, e.g. the Teams card update).
/// </summary>
public interface IHandoffChangedListener
{
    void OnHandoffChanged(HandoffTicket ticket);
}
