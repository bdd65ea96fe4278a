using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// Tells the support team the first time a check-in's result turns negative (not solved, or rated 1–2). The outbox entry
/// is keyed by the check-in, so telling this listener again — a later answer part, a retry, another instance, a restart —
/// never queues a second one.
/// </summary>
public sealed class NegativeResultNotifier(SupportNotifications notifications, TimeProvider time) : ICheckInResultListener
{
    public async Task OnResultChangedAsync(CheckInResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.IsNegative)
        {
            await notifications.EnqueueAsync(SupportNotification.NegativeResult(result, time.GetUtcNow()), cancellationToken);
        }
    }
}
