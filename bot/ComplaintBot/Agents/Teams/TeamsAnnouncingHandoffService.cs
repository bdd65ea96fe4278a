using ComplaintBot.Dialogs.Handoff;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The handoff service with the agents' Teams channel told: queues as <see cref="HandoffService"/> does, then wakes the
/// <see cref="TeamsCardDispatcher"/> (<see cref="TeamsCardSignals"/>), which posts the card off the customer's turn (a failed post never reaches it).
/// </summary>
public sealed class TeamsAnnouncingHandoffService(HandoffService inner, TeamsCardSignals signals) : IHandoffService
{
    public async Task<HandoffQueued> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var queued = await inner.RequestAsync(request, cancellationToken);
        signals.Wake();
        return queued;
    }
}
