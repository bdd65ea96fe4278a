using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Agents;

/// <summary>Somewhere else agents hear of a new handoff (the agents' Teams channel); the console feed is always told.</summary>
public interface IHandoffNotifier
{
    Task HandoffQueuedAsync(HandoffTicket ticket, Complaint complaint, CancellationToken cancellationToken);
}
