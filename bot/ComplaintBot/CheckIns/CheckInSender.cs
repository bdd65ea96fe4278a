using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Hosting;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Diagnostics;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>
/// One dispatch round: ends the check-ins whose windows are over (missed before sending, unanswered after), sends the
/// due check-ins and then the due reminders. Each is claimed with a lease (so no two instances send it), sent up to
/// <see cref="CheckInOptions.SendConcurrency"/> at a time with its idempotency key as the activity id, and recorded —
/// sent; undeliverable when the channel refuses for good (403, 404, a rejected request, an untrusted service URL), which
/// is reported to the result listeners; or another attempt later, with a doubling wait, when the failure is transient.
/// </summary>
public sealed partial class CheckInSender(
    ICheckInStore store,
    IConversationTimeZones timeZones,
    IComplaintStore complaints,
    CheckInDelivery delivery,
    CheckInResultNotifier notifier,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<CheckInSender> logger)
{
    /// <summary>This instance's name on the leases it takes.</summary>
    private readonly string _owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    /// <summary>Runs one round; returns how many check-ins and reminders were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var missed = await store.MarkMissedAsync(time.GetUtcNow(), cancellationToken);
        if (missed > 0)
        {
            LogMissed(logger, missed);
        }

        foreach (var expired in await store.ExpireAsync(time.GetUtcNow(), cancellationToken))
        {
            await notifier.NotifyAsync(expired, cancellationToken);
        }

        return await DrainAsync(store.ClaimDueAsync, SendCheckInAsync, (sent, ct) => store.MarkSentAsync(_owner, sent, ct), cancellationToken)
            + await DrainAsync(store.ClaimRemindersAsync, SendReminderAsync, (reminded, _) => Task.FromResult(reminded.Count), cancellationToken);
    }

    /// <summary>
    /// Claims batches until none is left: sends each batch's items concurrently, then records the delivered ones
    /// together (for check-ins, one commit per batch: an instance killed before it leaves the whole batch to the next
    /// after the lease, which sends it again with the same activity ids).
    /// </summary>
    private async Task<int> DrainAsync<T>(
        Func<string, DateTimeOffset, DateTimeOffset, int, CancellationToken, Task<IReadOnlyList<ClaimedCheckIn>>> claim,
        Func<ClaimedCheckIn, CancellationToken, Task<T?>> send,
        Func<IReadOnlyList<T>, CancellationToken, Task<int>> record,
        CancellationToken cancellationToken)
        where T : class
    {
        var settings = options.Value;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = settings.SendConcurrency, CancellationToken = cancellationToken };
        var delivered = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var claimed = await claim(_owner, now, now + settings.Lease, settings.BatchSize, cancellationToken);
            var done = new System.Collections.Concurrent.ConcurrentQueue<T>();
            await Parallel.ForEachAsync(claimed, parallel, async (checkIn, ct) =>
            {
                if (await send(checkIn, ct) is { } item)
                {
                    done.Enqueue(item);
                }
            });
            delivered += await record([.. done], cancellationToken);

            if (claimed.Count < settings.BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task<SentCheckIn?> SendCheckInAsync(ClaimedCheckIn checkIn, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogCorrelation.ForComplaint(checkIn.ComplaintReference, ("CheckInId", checkIn.Id)));
        var complaint = await complaints.FindAsync(checkIn.ComplaintReference, cancellationToken);
        if (complaint is not { Status: ComplaintStatus.Resolved })
        {
            await store.CompleteAsync(checkIn.Id, _owner, CheckInStatus.Cancelled, time.GetUtcNow(), null, cancellationToken);
            return null;
        }

        var failure = await TrySendAsync(complaint, checkIn, CheckInActivityIds.Question, CheckInMessages.Question, cancellationToken);
        switch (failure)
        {
            case null:
                var settings = options.Value;
                var sentAt = time.GetUtcNow();
                return new SentCheckIn(checkIn.Id, sentAt, sentAt + settings.ReminderAfter, sentAt + settings.AnswerWindow);
            case { Permanent: true }:
                await store.CompleteAsync(checkIn.Id, _owner, CheckInStatus.Undeliverable, time.GetUtcNow(), failure.Description, cancellationToken);
                if (await store.FindResultAsync(checkIn.Id, cancellationToken) is { } result)
                {
                    await notifier.NotifyAsync(result, cancellationToken);
                }

                return null;
            default:
                await RetryLaterAsync(checkIn, failure, cancellationToken);
                return null;
        }
    }

    /// <summary>
    /// Sends one reminder; its id when delivered. A reminder that falls due in the customer's quiet hours waits until
    /// they end (checked here rather than when the check-in was sent, so sending costs no time zone lookup).
    /// </summary>
    private async Task<string?> SendReminderAsync(ClaimedCheckIn checkIn, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogCorrelation.ForComplaint(checkIn.ComplaintReference, ("CheckInId", checkIn.Id)));
        var complaint = await complaints.FindAsync(checkIn.ComplaintReference, cancellationToken);
        if (complaint is null)
        {
            await store.CompleteReminderAsync(checkIn.Id, _owner, time.GetUtcNow(), "The complaint is gone.", cancellationToken);
            return null;
        }

        var now = time.GetUtcNow();
        var settings = options.Value;
        var allowedAt = settings.QuietHours.NextAllowed(now, settings.TimeZoneFor(await timeZones.FindAsync(Agents.Queue.ConversationKeys.Of(complaint.Conversation), cancellationToken)));
        if (allowedAt > now)
        {
            await store.RetryLaterAsync(checkIn.Id, _owner, allowedAt, "Quiet hours in the customer's time zone", cancellationToken);
            return null;
        }

        var failure = await TrySendAsync(complaint, checkIn, CheckInActivityIds.Reminder, CheckInMessages.Reminder, cancellationToken);
        if (failure is { Permanent: false })
        {
            await RetryLaterAsync(checkIn, failure, cancellationToken);
            return null;
        }

        await store.CompleteReminderAsync(checkIn.Id, _owner, time.GetUtcNow(), failure?.Description, cancellationToken);
        return failure is null ? checkIn.Id : null;
    }

    /// <summary>Sends one message of the check-in; null when delivered, else why not.</summary>
    private async Task<SendFailure?> TrySendAsync(Complaint complaint, ClaimedCheckIn checkIn, string kind, Func<Complaint, string, Activity> message, CancellationToken cancellationToken)
    {
        try
        {
            await CheckInMessages.InLanguageAsync(complaint.Language, () => delivery.SendAsync(
                complaint,
                checkIn.Id,
                message(complaint, checkIn.Id),
                CheckInActivityIds.For(checkIn.Id, kind),
                cancellationToken));
            return null;
        }
        catch (ConnectorException ex) when (ex.Failure.IsPermanent())
        {
            LogUndeliverable(logger, checkIn.Id, kind, ex.Failure, ex.StatusCode);
            return new SendFailure(true, Describe(ex));
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            LogFailedForNow(logger, ex, checkIn.Id, kind);
            return new SendFailure(false, ex is ConnectorException connector ? Describe(connector) : ex.GetType().Name);
        }
    }

    private async Task RetryLaterAsync(ClaimedCheckIn checkIn, SendFailure failure, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delay = RetryBackoff.After(checkIn.Attempts, settings.RetryDelay, settings.MaxRetryDelay);
        await store.RetryLaterAsync(checkIn.Id, _owner, time.GetUtcNow() + delay, failure.Description, cancellationToken);
    }

    private static string Describe(ConnectorException exception) =>
        exception.ErrorCode is { Length: > 0 } code ? $"{exception.Failure} ({exception.StatusCode}, {code})" : $"{exception.Failure} ({exception.StatusCode})";

    private sealed record SendFailure(bool Permanent, string Description);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {CheckInId} ({Kind}) is undeliverable: {Failure} (status {StatusCode})")]
    private static partial void LogUndeliverable(ILogger logger, string checkInId, string kind, ConnectorFailure failure, int? statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {CheckInId} ({Kind}) failed for now and is tried again later")]
    private static partial void LogFailedForNow(ILogger logger, Exception exception, string checkInId, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} check-in(s) could not be sent within their window and are recorded as missed")]
    private static partial void LogMissed(ILogger logger, int count);
}
