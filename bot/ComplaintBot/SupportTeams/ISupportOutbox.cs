namespace ComplaintBot.SupportTeams;

/// <summary>
/// The durable outbox of support-team notifications, one entry per notification and target. Every change is conditional
/// on the entry's state and lease, so two instances never both deliver an entry, and a delivered one is never sent again.
/// </summary>
public interface ISupportOutbox
{
    /// <summary>Adds a notification for a target; false when it was added before (the same result told again).</summary>
    Task<bool> EnqueueAsync(SupportNotification notification, SupportTarget target, string payload, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Whether a notification was added for any target.</summary>
    Task<bool> ContainsAsync(string notificationId, CancellationToken cancellationToken);

    /// <summary>Takes the lease on up to <paramref name="limit"/> pending entries that are due and nobody holds.</summary>
    Task<IReadOnlyList<OutboxDelivery>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Ends a held entry as delivered or failed; false when the lease was lost.</summary>
    Task<bool> CompleteAsync(OutboxDelivery delivery, string owner, SupportDeliveryStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken);

    /// <summary>Gives a held entry back for another attempt at <paramref name="retryAt"/>; false when the lease was lost.</summary>
    Task<bool> RetryLaterAsync(OutboxDelivery delivery, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken);

    Task<SupportDeliveryStatus?> FindStatusAsync(string notificationId, SupportTarget target, CancellationToken cancellationToken);
}
