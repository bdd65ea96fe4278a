namespace ComplaintBot.SupportTeams;

/// <summary>Delivers outbox entries to one kind of target.</summary>
public interface ISupportTargetClient
{
    SupportTarget Target { get; }

    /// <summary>Delivers one entry (its payload is the notification's JSON).</summary>
    /// <exception cref="SupportDeliveryException">The target did not accept it.</exception>
    Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken);
}
