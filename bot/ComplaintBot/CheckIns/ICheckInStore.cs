namespace ComplaintBot.CheckIns;

/// <summary>
/// The durable check-in schedule and its answers. Every change is conditional on the row's state, so two instances
/// never both send a check-in or its reminder, one marked sent is never sent again, and an answer part is kept once.
/// </summary>
public interface ICheckInStore
{
    /// <summary>Schedules a check-in; false when one with this id exists already (the same resolution told twice).</summary>
    Task<bool> ScheduleAsync(CheckInSchedule checkIn, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the lease on up to <paramref name="limit"/> due check-ins nobody holds.</summary>
    Task<IReadOnlyList<ClaimedCheckIn>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>
    /// Ends a held check-in as <paramref name="status"/> (undeliverable, cancelled; or sent at <paramref name="now"/>,
    /// without a reminder or an answer deadline — the dispatcher uses <see cref="MarkSentAsync"/>); false when the lease was lost.
    /// </summary>
    Task<bool> CompleteAsync(string id, string owner, CheckInStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken);

    /// <summary>
    /// Records held check-ins as delivered, all in one transaction (one commit for a whole batch); returns how many
    /// were still held by <paramref name="owner"/> and are now sent.
    /// </summary>
    Task<int> MarkSentAsync(string owner, IReadOnlyList<SentCheckIn> sent, CancellationToken cancellationToken);

    /// <summary>Gives a held check-in or reminder back for another attempt at <paramref name="retryAt"/>; false when the lease was lost.</summary>
    Task<bool> RetryLaterAsync(string id, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken);

    /// <summary>Records scheduled check-ins whose window has ended as missed; returns how many.</summary>
    Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Takes the lease on up to <paramref name="limit"/> sent, wholly unanswered check-ins whose reminder is due.</summary>
    Task<IReadOnlyList<ClaimedCheckIn>> ClaimRemindersAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken);

    /// <summary>Records a held reminder as done (sent, or refused for good with <paramref name="failure"/>); it is never sent again.</summary>
    Task<bool> CompleteReminderAsync(string id, string owner, DateTimeOffset now, string? failure, CancellationToken cancellationToken);

    /// <summary>
    /// Ends the sent check-ins whose answer window is over: <see cref="CheckInStatus.Unanswered"/> without any answer,
    /// <see cref="CheckInStatus.Answered"/> with a part of one. Returns their results.
    /// </summary>
    Task<IReadOnlyList<CheckInResult>> ExpireAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The most recently sent check-in of a conversation that may still take an answer part or its comment at <paramref name="now"/>.</summary>
    Task<AwaitedCheckIn?> FindAwaitingAnswerAsync(string conversationKey, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>One check-in by id if it may still take an answer part or its comment at <paramref name="now"/> (a clicked button names it).</summary>
    Task<AwaitedCheckIn?> FindAwaitingAnswerByIdAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records the parts given (either may be null) that are not recorded yet; the check-in is answered once both are.
    /// Returns the result after the change, or null when nothing changed (not sent, over, or both parts known already).
    /// </summary>
    Task<CheckInResult?> RecordAnswerAsync(string id, bool? solved, int? rating, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Notes that the optional comment was asked for; false when it was asked already.</summary>
    Task<bool> AskCommentAsync(string id, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Records the optional comment (null: the customer chose to skip it); null when a comment was recorded or skipped already.
    /// </summary>
    Task<CheckInResult?> RecordCommentAsync(string id, string? comment, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Points a check-in at another conversation of the same customer (Teams: the 1:1 chat created for it).</summary>
    Task MoveConversationAsync(string id, string conversationKey, CancellationToken cancellationToken);

    Task<CheckInStatus?> FindStatusAsync(string id, CancellationToken cancellationToken);

    Task<CheckInResult?> FindResultAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// The results of the check-ins whose complaint was resolved in [<paramref name="from"/>, <paramref name="until"/>),
    /// in every status, ordered by resolution time (then id).
    /// </summary>
    Task<IReadOnlyList<CheckInResult>> ListResultsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken);
}
