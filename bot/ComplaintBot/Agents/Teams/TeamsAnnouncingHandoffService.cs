using ComplaintBot.Dialogs.Handoff;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// The handoff service with the agents' Teams channel told: queues as <see cref="HandoffService"/> does, then wakes the
/// <see cref="TeamsCardDispatcher"/>, which posts the card off the customer's turn (a failed post never reaches it).
/// </summary>
public sealed class TeamsAnnouncingHandoffService(HandoffService inner, TeamsCardDispatcher dispatcher) : IHandoffService
{
    public async Task<HandoffQueued> RequestAsync(HandoffRequest request, CancellationToken cancellationToken)
    {
        var queued = await inner.RequestAsync(request, cancellationToken);
        dispatcher.Wake();
        return queued;
    }
}
