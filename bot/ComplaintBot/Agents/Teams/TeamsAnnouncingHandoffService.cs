using ComplaintBot.Dialogs.Handoff;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The handoff service with the agents' Teams channel told: queues as <see cref="HandoffService"/> does, then wakes the
/// <see cref="TeamsCardDispatcher"/> (<see cref="TeamsCardSignals"/>), which posts the card off the customer's turn (a failed post never reaches it).
/// With no web console open, a linked Teams agent still counts as someone who can take it: the card reaches them in
/// Teams, so the customer is not told that nobody is there.
/// </summary>
public sealed class TeamsAnnouncingHandoffService(HandoffService inner, TeamsCardSignals signals, ITeamsAgentLinks links) : IHandoffService
{
    public async Task<HandoffQueued> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var queued = await inner.RequestAsync(request, cancellationToken);
        signals.Wake();
        return queued.AgentsAvailable || !await links.AnyAsync(cancellationToken)
            ? queued
            : queued with { AgentsAvailable = true };
    }
}
