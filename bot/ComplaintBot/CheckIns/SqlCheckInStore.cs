using System.Data;
using System.Data.Common;
using System.Globalization;
using ComplaintBot.Agents.Storage;
using ComplaintBot.Storage;
using Npgsql;

namespace ComplaintBot.CheckIns;

/// <summary>
/// The check-ins in the table <c>check_ins</c> of the configured database; every write goes through
/// <see cref="AgentsDatabase.WriteAsync{T}"/> and is committed, on disk, before it returns. A claim is one conditional
/// <c>UPDATE … RETURNING</c>: SQLite runs it in the process's one writer, PostgreSQL skips rows another instance is
/// claiming (<c>FOR UPDATE SKIP LOCKED</c>) and re-checks the lease condition on the rows it updates. A skipped
/// comment is stored as an empty text, so that it is not asked for again, and read back as none.
/// </summary>
public sealed class SqlCheckInStore(AgentsDatabase database) : ICheckInStore
{
    private const string ResultColumns =
        "id, complaint_reference, category, language, agent_name, status, solved, rating, comment, resolved_at, sent_at, answered_at";

    private const string Unleased = "(lease_until IS NULL OR lease_until <= @now)";

    private const string Claimable = "status = 'Scheduled' AND " + Unleased;

    private const string AnswerOpen = "(answer_ends_at IS NULL OR answer_ends_at > @now)";

    private const string Awaiting =
        AnswerOpen + " AND (status = 'Sent' OR (status = 'Answered' AND comment_asked_at IS NOT NULL AND comment IS NULL))";

    private const string AwaitedColumns =
        "id, complaint_reference, status, solved, rating, CASE WHEN comment_asked_at IS NOT NULL AND comment IS NULL THEN 1 ELSE 0 END";

    private readonly KnownAbsentRows _withoutAwaited = new();

    public async Task<bool> ScheduleAsync(CheckInSchedule checkIn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    INSERT INTO check_ins (id, complaint_reference, conversation_key, status, due_at, window_ends_at, attempts, created_at,
                        resolved_at, category, language, agent_name)
                    VALUES (@id, @reference, @conversation_key, 'Scheduled', @due_at, @window_ends_at, 0, @created_at,
                        @resolved_at, @category, @language, @agent_name)
                    ON CONFLICT DO NOTHING
                    """;
                AgentsDatabase.Add(command, "@id", checkIn.Id);
                AgentsDatabase.Add(command, "@reference", checkIn.ComplaintReference);
                AgentsDatabase.Add(command, "@conversation_key", checkIn.ConversationKey);
                AgentsDatabase.Add(command, "@due_at", checkIn.DueAt);
                AgentsDatabase.Add(command, "@window_ends_at", checkIn.WindowEndsAt);
                AgentsDatabase.Add(command, "@created_at", now);
                AgentsDatabase.Add(command, "@resolved_at", checkIn.ResolvedAt);
                AgentsDatabase.Add(command, "@category", checkIn.Category);
                AgentsDatabase.Add(command, "@language", checkIn.Language);
                AgentsDatabase.Add(command, "@agent_name", checkIn.AgentName);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<ClaimedCheckIn>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        ClaimAsync($"{Claimable} AND due_at <= @now AND window_ends_at > @now", "due_at", owner, now, leaseUntil, limit, cancellationToken);

    public Task<IReadOnlyList<ClaimedCheckIn>> ClaimRemindersAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken) =>
        ClaimAsync(
            $"status = 'Sent' AND {Unleased} AND reminded_at IS NULL AND reminder_due_at <= @now AND answer_ends_at > @now AND solved IS NULL AND rating IS NULL",
            "reminder_due_at",
            owner,
            now,
            leaseUntil,
            limit,
            cancellationToken);

    public async Task<bool> CompleteAsync(string id, string owner, CheckInStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE check_ins SET status = @status, lease_owner = NULL, lease_until = NULL, last_failure = @failure,
                        sent_at = CASE WHEN @status = 'Sent' THEN @now ELSE sent_at END
                    WHERE id = @id AND lease_owner = @owner AND status = 'Scheduled'
                    """;
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@owner", owner);
                AgentsDatabase.Add(command, "@status", status.ToString());
                AgentsDatabase.Add(command, "@now", now);
                AgentsDatabase.Add(command, "@failure", failure);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<int> MarkSentAsync(string owner, IReadOnlyList<SentCheckIn> sent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sent);
        if (sent.Count == 0)
        {
            return 0;
        }

        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE check_ins SET status = 'Sent', lease_owner = NULL, lease_until = NULL, last_failure = NULL,
                        sent_at = @sent_at, reminder_due_at = @reminder_due_at, answer_ends_at = @answer_ends_at
                    WHERE id = @id AND lease_owner = @owner AND status = 'Scheduled'
                    """;
                var marked = 0;
                foreach (var checkIn in sent)
                {
                    command.Parameters.Clear();
                    AgentsDatabase.Add(command, "@id", checkIn.Id);
                    AgentsDatabase.Add(command, "@owner", owner);
                    AgentsDatabase.Add(command, "@sent_at", checkIn.SentAt);
                    AgentsDatabase.Add(command, "@reminder_due_at", checkIn.ReminderDueAt);
                    AgentsDatabase.Add(command, "@answer_ends_at", checkIn.AnswerEndsAt);
                    marked += await command.ExecuteNonQueryAsync(token);
                }

                return marked;
            },
            cancellationToken);
    }

    public async Task<bool> RetryLaterAsync(string id, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE check_ins SET lease_owner = NULL, lease_until = @retry_at, last_failure = @failure
                    WHERE id = @id AND lease_owner = @owner AND status IN ('Scheduled', 'Sent')
                    """;
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@owner", owner);
                AgentsDatabase.Add(command, "@retry_at", retryAt);
                AgentsDatabase.Add(command, "@failure", failure);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"UPDATE check_ins SET status = 'Missed', lease_owner = NULL WHERE {Claimable} AND window_ends_at <= @now";
                AgentsDatabase.Add(command, "@now", now);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<bool> CompleteReminderAsync(string id, string owner, DateTimeOffset now, string? failure, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE check_ins SET reminded_at = @now, lease_owner = NULL, lease_until = NULL, last_failure = @failure
                    WHERE id = @id AND lease_owner = @owner AND status = 'Sent' AND reminded_at IS NULL
                    """;
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@owner", owner);
                AgentsDatabase.Add(command, "@now", now);
                AgentsDatabase.Add(command, "@failure", failure);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<CheckInResult>> ExpireAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"""
                    UPDATE check_ins SET lease_owner = NULL, lease_until = NULL,
                        status = CASE WHEN solved IS NULL AND rating IS NULL THEN 'Unanswered' ELSE 'Answered' END
                    WHERE status = 'Sent' AND answer_ends_at <= @now AND {Unleased}
                    RETURNING {ResultColumns}
                    """;
                AgentsDatabase.Add(command, "@now", now);
                return await ReadResultsAsync(command, token);
            },
            cancellationToken);
    }

    /// <remarks>
    /// A conversation found with nothing awaited is not looked up again until a check-in is written, while this process
    /// is the table's only writer: only a write makes a check-in awaited, the passing of time only ends the waiting.
    /// </remarks>
    public Task<AwaitedCheckIn?> FindAwaitingAnswerAsync(string conversationKey, DateTimeOffset now, CancellationToken cancellationToken) =>
        _withoutAwaited.FindAsync(
            conversationKey,
            database.IsSoleWriter,
            () => FindAwaitedAsync("conversation_key = @key", conversationKey, now, cancellationToken));

    public Task<AwaitedCheckIn?> FindAwaitingAnswerByIdAsync(string id, DateTimeOffset now, CancellationToken cancellationToken) =>
        FindAwaitedAsync("id = @key", id, now, cancellationToken);

    public async Task<CheckInResult?> RecordAnswerAsync(string id, bool? solved, int? rating, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"""
                    UPDATE check_ins SET solved = COALESCE(solved, @solved), rating = COALESCE(rating, @rating), answered_at = @now,
                        status = CASE WHEN COALESCE(solved, @solved) IS NOT NULL AND COALESCE(rating, @rating) IS NOT NULL THEN 'Answered' ELSE status END
                    WHERE id = @id AND status = 'Sent' AND {AnswerOpen}
                      AND ((solved IS NULL AND @solved IS NOT NULL) OR (rating IS NULL AND @rating IS NOT NULL))
                    RETURNING {ResultColumns}
                    """;
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@now", now);
                AddTyped(command, "@solved", solved, DbType.Boolean);
                AddTyped(command, "@rating", rating, DbType.Int32);
                return (await ReadResultsAsync(command, token)).SingleOrDefault();
            },
            cancellationToken);
    }

    public async Task<bool> AskCommentAsync(string id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = "UPDATE check_ins SET comment_asked_at = @now WHERE id = @id AND comment_asked_at IS NULL";
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@now", now);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<CheckInResult?> RecordCommentAsync(string id, string? comment, DateTimeOffset now, CancellationToken cancellationToken)
    {
        return await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"""
                    UPDATE check_ins SET comment = @comment, answered_at = CASE WHEN @comment = '' THEN answered_at ELSE @now END
                    WHERE id = @id AND comment IS NULL AND status IN ('Sent', 'Answered') AND {AnswerOpen}
                    RETURNING {ResultColumns}
                    """;
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@now", now);
                AgentsDatabase.Add(command, "@comment", comment ?? string.Empty);
                return (await ReadResultsAsync(command, token)).SingleOrDefault();
            },
            cancellationToken);
    }

    public async Task MoveConversationAsync(string id, string conversationKey, CancellationToken cancellationToken)
    {
        await WriteAsync(
            async (command, token) =>
            {
                command.CommandText = "UPDATE check_ins SET conversation_key = @conversation_key WHERE id = @id";
                AgentsDatabase.Add(command, "@id", id);
                AgentsDatabase.Add(command, "@conversation_key", conversationKey);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<CheckInStatus?> FindStatusAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM check_ins WHERE id = @id";
        AgentsDatabase.Add(command, "@id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string status ? Enum.Parse<CheckInStatus>(status) : null;
    }

    public async Task<CheckInResult?> FindResultAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ResultColumns} FROM check_ins WHERE id = @id";
        AgentsDatabase.Add(command, "@id", id);
        return (await ReadResultsAsync(command, cancellationToken)).SingleOrDefault();
    }

    public async Task<IReadOnlyList<CheckInResult>> ListResultsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ResultColumns} FROM check_ins WHERE resolved_at >= @from AND resolved_at < @until ORDER BY resolved_at, id";
        AgentsDatabase.Add(command, "@from", from);
        AgentsDatabase.Add(command, "@until", until);
        return await ReadResultsAsync(command, cancellationToken);
    }

    private async Task<IReadOnlyList<ClaimedCheckIn>> ClaimAsync(string condition, string order, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        return await WriteAsync<IReadOnlyList<ClaimedCheckIn>>(
            async (command, token) =>
            {
                var skipLocked = command is NpgsqlCommand ? "FOR UPDATE SKIP LOCKED" : string.Empty;
                command.CommandText = $"""
                    UPDATE check_ins SET lease_owner = @owner, lease_until = @lease_until, attempts = attempts + 1
                    WHERE id IN (SELECT id FROM check_ins WHERE {condition} ORDER BY {order} LIMIT @limit {skipLocked})
                      AND {condition}
                    RETURNING id, complaint_reference, attempts
                    """;
                AgentsDatabase.AddLeaseClaim(command, owner, now, leaseUntil, limit);
                var claimed = new List<ClaimedCheckIn>();
                await using var reader = await command.ExecuteReaderAsync(token);
                while (await reader.ReadAsync(token))
                {
                    claimed.Add(new ClaimedCheckIn(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
                }

                return claimed;
            },
            cancellationToken);
    }

    /// <summary>Every write of the table, so that <see cref="FindAwaitingAnswerAsync"/> forgets what it found absent.</summary>
    private async Task<T> WriteAsync<T>(Func<DbCommand, CancellationToken, Task<T>> execute, CancellationToken cancellationToken)
    {
        using var write = _withoutAwaited.BeginWrite();
        return await database.WriteAsync(execute, cancellationToken);
    }

    private Task<AwaitedCheckIn?> FindAwaitedAsync(string condition, string key, DateTimeOffset now, CancellationToken cancellationToken) =>
        database.ReadAsync(
            $"SELECT {AwaitedColumns} FROM check_ins WHERE {condition} AND {Awaiting} ORDER BY sent_at DESC LIMIT 1",
            async (command, token) =>
            {
                AgentsDatabase.Add(command, "@key", key);
                AgentsDatabase.Add(command, "@now", now);
                await using var reader = await command.ExecuteReaderAsync(token);
                return await reader.ReadAsync(token)
                    ? new AwaitedCheckIn(
                        reader.GetString(0),
                        reader.GetString(1),
                        Enum.Parse<CheckInStatus>(reader.GetString(2)),
                        reader.IsDBNull(3) ? null : Convert.ToBoolean(reader.GetValue(3), CultureInfo.InvariantCulture),
                        reader.IsDBNull(4) ? null : Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture),
                        Convert.ToInt32(reader.GetValue(5), CultureInfo.InvariantCulture) == 1)
                    : null;
            },
            cancellationToken);

    private static async Task<IReadOnlyList<CheckInResult>> ReadResultsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var results = new List<CheckInResult>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            results.Add(ReadResult(reader));
        }

        return results;
    }

    private static CheckInResult ReadResult(DbDataReader reader) => new(
        CheckInId: reader.GetString(0),
        ComplaintReference: reader.GetString(1),
        Category: reader.GetString(2),
        Language: reader.GetString(3),
        AgentName: reader.IsDBNull(4) ? null : reader.GetString(4),
        Status: Enum.Parse<CheckInStatus>(reader.GetString(5)),
        Solved: reader.IsDBNull(6) ? null : Convert.ToBoolean(reader.GetValue(6), CultureInfo.InvariantCulture),
        Rating: reader.IsDBNull(7) ? null : Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture),
        Comment: reader.IsDBNull(8) || reader.GetString(8).Length == 0 ? null : reader.GetString(8),
        ResolvedAt: ReadTimestamp(reader, 9)!.Value,
        SentAt: ReadTimestamp(reader, 10),
        AnsweredAt: ReadTimestamp(reader, 11));

    /// <summary>A timestamp column: text in SQLite (see <see cref="SqliteDatabase.FormatTimestamp"/>), UTC <see cref="DateTime"/> in PostgreSQL.</summary>
    private static DateTimeOffset? ReadTimestamp(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal)
        ? null
        : reader.GetValue(ordinal) switch
        {
            DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
            DateTimeOffset at => at,
            var text => DateTimeOffset.Parse(Convert.ToString(text, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal),
        };

    /// <summary>A parameter that may be null but still has a type, so PostgreSQL can compare it.</summary>
    private static void AddTyped(DbCommand command, string name, object? value, DbType type)
    {
        AgentsDatabase.Add(command, name, value);
        command.Parameters[name].DbType = type;
    }
}
