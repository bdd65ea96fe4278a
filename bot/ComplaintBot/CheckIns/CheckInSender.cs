using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Diagnostics;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>
/// Sends the check-ins that are due: claims them with a lease, sends each through the complaint's stored conversation
/// reference, and records the outcome — sent; undeliverable when the channel refuses for good (403, 404, a rejected
/// request, an untrusted service URL); or another attempt later, with a doubling wait, when the failure is transient.
/// </summary>
public sealed partial class CheckInSender(
    ICheckInStore store,
    IComplaintStore complaints,
    CloudAdapter adapter,
    IOptions<CheckInOptions> options,
    TimeProvider time,
    ILogger<CheckInSender> logger)
{
    /// <summary>This instance's name on the leases it takes.</summary>
    private readonly string _owner = Environment.MachineName + "/" + Guid.NewGuid().ToString("N");

    /// <summary>Sends every check-in due now; returns how many were delivered.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var missed = await store.MarkMissedAsync(time.GetUtcNow(), cancellationToken);
        if (missed > 0)
        {
            LogMissed(logger, missed);
        }

        var delivered = 0;
        while (true)
        {
            var now = time.GetUtcNow();
            var claimed = await store.ClaimDueAsync(_owner, now, now + settings.Lease, settings.BatchSize, cancellationToken);
            foreach (var checkIn in claimed)
            {
                if (await SendOneAsync(checkIn, cancellationToken))
                {
                    delivered++;
                }
            }

            if (claimed.Count < settings.BatchSize)
            {
                return delivered;
            }
        }
    }

    private async Task<bool> SendOneAsync(ClaimedCheckIn checkIn, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(LogCorrelation.ForComplaint(checkIn.ComplaintReference, ("CheckInId", checkIn.Id)));
        var complaint = await complaints.FindAsync(checkIn.ComplaintReference, cancellationToken);
        if (complaint is not { Status: ComplaintStatus.Resolved })
        {
            await store.CompleteAsync(checkIn.Id, _owner, CheckInStatus.Cancelled, time.GetUtcNow(), null, cancellationToken);
            return false;
        }

        try
        {
            await adapter.ContinueConversationAsync(
                complaint.Conversation,
                (turn, ct) => CheckInMessages.InLanguageAsync(complaint.Language, () => turn.SendActivityAsync(CheckInMessages.Question(complaint), ct)),
                cancellationToken);
        }
        catch (ConnectorException ex) when (IsPermanent(ex.Failure))
        {
            LogUndeliverable(logger, checkIn.Id, ex.Failure, ex.StatusCode);
            await store.CompleteAsync(checkIn.Id, _owner, CheckInStatus.Undeliverable, time.GetUtcNow(), Describe(ex), cancellationToken);
            return false;
        }
        catch (Exception ex) when (ex is ConnectorException or HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var retryAt = time.GetUtcNow() + RetryDelay(checkIn.Attempts);
            LogRetrying(logger, ex, checkIn.Id, retryAt);
            await store.RetryLaterAsync(checkIn.Id, _owner, retryAt, ex is ConnectorException connector ? Describe(connector) : ex.GetType().Name, cancellationToken);
            return false;
        }

        await store.CompleteAsync(checkIn.Id, _owner, CheckInStatus.Sent, time.GetUtcNow(), null, cancellationToken);
        return true;
    }

    private TimeSpan RetryDelay(int attempts)
    {
        var settings = options.Value;
        var factor = Math.Pow(2, Math.Min(attempts - 1, 20));
        return TimeSpan.FromTicks((long)Math.Min(settings.RetryDelay.Ticks * factor, settings.MaxRetryDelay.Ticks));
    }

    private static bool IsPermanent(ConnectorFailure failure) => failure is
        ConnectorFailure.Forbidden or ConnectorFailure.NotFound or ConnectorFailure.Rejected or ConnectorFailure.UntrustedServiceUrl;

    private static string Describe(ConnectorException exception) =>
        exception.ErrorCode is { Length: > 0 } code ? $"{exception.Failure} ({exception.StatusCode}, {code})" : $"{exception.Failure} ({exception.StatusCode})";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Check-in {CheckInId} is undeliverable: {Failure} (status {StatusCode})")]
    private static partial void LogUndeliverable(ILogger logger, string checkInId, ConnectorFailure failure, int? statusCode);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-in {CheckInId} failed for now; next attempt at {RetryAt}")]
    private static partial void LogRetrying(ILogger logger, Exception exception, string checkInId, DateTimeOffset retryAt);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} check-in(s) could not be sent within their window and are recorded as missed")]
    private static partial void LogMissed(ILogger logger, int count);
}
