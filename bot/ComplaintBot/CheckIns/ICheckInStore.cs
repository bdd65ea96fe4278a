namespace ComplaintBot.CheckIns;

/// <summary>
/// The durable check-in schedule. Every change is conditional on the row's state, so two instances never both send a
/// check-in, and one marked sent is never sent again.
/// </summary>
public interface ICheckInStore
{
    /// <summary>Schedules a check-in; false when one with this id exists already (the same resolution told twice).</summary>
    Task<bool> ScheduleAsync(CheckInSchedule checkIn, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the lease on up to <paramref name="limit"/> due check-ins nobody holds.</summary>
    Task<IReadOnlyList<ClaimedCheckIn>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Ends a held check-in as <paramref name="status"/> (sent, undeliverable, cancelled); false when the lease was lost.</summary>
    Task<bool> CompleteAsync(string id, string owner, CheckInStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken);

    /// <summary>Gives a held check-in back for another attempt at <paramref name="retryAt"/>; false when the lease was lost.</summary>
    Task<bool> RetryLaterAsync(string id, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken);

    /// <summary>Records scheduled check-ins whose window has ended as missed; returns how many.</summary>
    Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The most recently sent check-in of a conversation that still waits for its answer.</summary>
    Task<AwaitedCheckIn?> FindAwaitingAnswerAsync(string conversationKey, CancellationToken cancellationToken);

    /// <summary>Records the answer; false when it was recorded already.</summary>
    Task<bool> RecordAnswerAsync(string id, bool solved, DateTimeOffset now, CancellationToken cancellationToken);

    Task<CheckInStatus?> FindStatusAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The results of the check-ins whose complaint was resolved in [<paramref name="from"/>, <paramref name="until"/>),
    /// in every status, ordered by resolution time (then id).
    /// </summary>
    Task<IReadOnlyList<CheckInResult>> ListResultsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
