namespace ComplaintBot.Agents.Queue;

/// <summary>The durable queue of handoffs (a table in the bot's database). At most one active handoff per conversation.</summary>
public interface IHandoffStore
{
    /// <summary>Adds a new handoff; returns it with its first version.</summary>
    /// <exception cref="InvalidOperationException">The conversation already has an active handoff.</exception>
    Task<HandoffTicket> AddAsync(HandoffTicket ticket, CancellationToken cancellationToken);

    Task<HandoffTicket?> FindAsync(string id, CancellationToken cancellationToken);

    /// <summary>The waiting or accepted handoff of a conversation, if any.</summary>
    Task<HandoffTicket?> FindActiveAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Every waiting or accepted handoff.</summary>
    Task<IReadOnlyList<HandoffTicket>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>Replaces a handoff if nobody changed it since it was read; returns it with its new version.</summary>
    /// <exception cref="Protocol.State.StorageConcurrencyException">The stored version differs.</exception>
    Task<HandoffTicket> UpdateAsync(HandoffTicket ticket, CancellationToken cancellationToken);
}
