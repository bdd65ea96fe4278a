using ComplaintBot.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// Delivers the outbox: claims pending entries with a lease, hands each to its target's client, and records the
/// outcome — delivered; failed when the target refuses for good or the last allowed attempt failed (logged, never
/// dropped silently); or another attempt later, with a doubling wait. Logs name the notification and the target, never
/// what the customer wrote.
/// </summary>
public sealed partial class SupportNotificationSender(
    ISupportOutbox outbox,
    IEnumerable<ISupportTargetClient> clients,
    IOptions<SupportTeamsOptions> options,
    TimeProvider time,
    ILogger<SupportNotificationSender> logger)
{
    private readonly Dictionary<SupportTarget, ISupportTargetClient> _clients = clients.ToDictionary(client => client.Target);

    /// <summary>This instance's name on the leases it takes.</summary>
    private readonly string _owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    /// <summary>Delivers every entry that is due now; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delivered = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var claimed = await outbox.ClaimDueAsync(_owner, now, now + settings.Lease, settings.BatchSize, cancellationToken);
            foreach (var delivery in claimed)
            {
                delivered += await DeliverAsync(delivery, cancellationToken) ? 1 : 0;
            }

            if (claimed.Count < settings.BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task<bool> DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var failure = await TryDeliverAsync(delivery, cancellationToken);
        if (failure is null)
        {
            await outbox.CompleteAsync(delivery, _owner, SupportDeliveryStatus.Delivered, time.GetUtcNow(), null, cancellationToken);
            return true;
        }

        if (failure.IsPermanent || delivery.Attempts >= settings.MaxAttempts)
        {
            LogFailed(logger, delivery.NotificationId, delivery.Target, delivery.Attempts, failure.Message);
            await outbox.CompleteAsync(delivery, _owner, SupportDeliveryStatus.Failed, time.GetUtcNow(), failure.Message, cancellationToken);
        }
        else
        {
            var retryAt = time.GetUtcNow() + RetryBackoff.After(delivery.Attempts, settings.RetryDelay, settings.MaxRetryDelay);
            LogRetrying(logger, delivery.NotificationId, delivery.Target, failure.Message, retryAt);
            await outbox.RetryLaterAsync(delivery, _owner, retryAt, failure.Message, cancellationToken);
        }

        return false;
    }

    /// <summary>Null when the target took it; otherwise why not (an unexpected error counts as worth another attempt).</summary>
    private async Task<SupportDeliveryException?> TryDeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        if (!_clients.TryGetValue(delivery.Target, out var client))
        {
            return new SupportDeliveryException($"No client delivers to {delivery.Target}.", isPermanent: true);
        }

        try
        {
            await client.DeliverAsync(delivery, cancellationToken);
            return null;
        }
        catch (SupportDeliveryException ex)
        {
            return ex;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new SupportDeliveryException($"Delivery failed unexpectedly ({ex.GetType().Name}).", isPermanent: false, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Support-team notification {NotificationId} to {Target} failed for good after {Attempts} attempt(s): {Failure}")]
    private static partial void LogFailed(ILogger logger, string notificationId, SupportTarget target, int attempts, string failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Support-team notification {NotificationId} to {Target} failed for now ({Failure}); next attempt at {RetryAt}")]
    private static partial void LogRetrying(ILogger logger, string notificationId, SupportTarget target, string failure, DateTimeOffset retryAt);
}
