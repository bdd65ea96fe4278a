namespace ComplaintBot.Dialogs.Handoff;

/// <summary>
/// The human side of the conversation. The dialogs ask for a person; the host queues the handoff for agents and,
/// from then on, relays the conversation instead of running the dialogs.
/// </summary>
public interface IHandoffService
{
    Task<HandoffQueued> RequestAsync(HandoffRequest request, CancellationToken cancellationToken);
}
