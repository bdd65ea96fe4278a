namespace ComplaintBot.Agents.Queue;

/// <summary>Where a handoff is: waiting for an agent, held by one, given back to the bot, or finished with the complaint resolved.</summary>
public enum HandoffStatus
{
    Waiting,
    Accepted,
    Returned,
    Resolved,
}
