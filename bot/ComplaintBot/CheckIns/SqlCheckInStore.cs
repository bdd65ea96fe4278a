using System.Data.Common;
using System.Globalization;
using ComplaintBot.Storage;
using ComplaintBot.Agents.Storage;
using Npgsql;

namespace ComplaintBot.CheckIns;

/// <summary>
/// The check-ins in the table <c>check_ins</c> of the configured database. A claim is one conditional
/// <c>UPDATE … RETURNING</c>: SQLite runs it under its single write lock, PostgreSQL skips rows another instance is
/// claiming (<c>FOR UPDATE SKIP LOCKED</c>) and re-checks the lease condition on the rows it updates.
/// </summary>
public sealed class SqlCheckInStore(AgentsDatabase database) : ICheckInStore
{
    private const string ResultColumns =
        "id, complaint_reference, category, language, agent_name, status, solved, rating, comment, resolved_at, sent_at, answered_at";

    private const string Claimable = "status = 'Scheduled' AND (lease_until IS NULL OR lease_until <= @now)";

    public async Task<bool> ScheduleAsync(CheckInSchedule checkIn, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(checkIn);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ClaimedCheckIn>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var skipLocked = command is NpgsqlCommand ? "FOR UPDATE SKIP LOCKED" : string.Empty;
        command.CommandText = $"""
            UPDATE check_ins SET lease_owner = @owner, lease_until = @lease_until, attempts = attempts + 1
            WHERE id IN (
                SELECT id FROM check_ins
                WHERE {Claimable} AND due_at <= @now AND window_ends_at > @now
                ORDER BY due_at LIMIT @limit {skipLocked})
              AND {Claimable}
            RETURNING id, complaint_reference, attempts
            """;
        AgentsDatabase.Add(command, "@owner", owner);
        AgentsDatabase.Add(command, "@now", now);
        AgentsDatabase.Add(command, "@lease_until", leaseUntil);
        AgentsDatabase.Add(command, "@limit", limit);
        var claimed = new List<ClaimedCheckIn>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            claimed.Add(new ClaimedCheckIn(reader.GetString(0), reader.GetString(1), Convert.ToInt32(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return claimed;
    }

    public async Task<bool> CompleteAsync(string id, string owner, CheckInStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
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
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> RetryLaterAsync(string id, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE check_ins SET lease_owner = NULL, lease_until = @retry_at, last_failure = @failure
            WHERE id = @id AND lease_owner = @owner AND status = 'Scheduled'
            """;
        AgentsDatabase.Add(command, "@id", id);
        AgentsDatabase.Add(command, "@owner", owner);
        AgentsDatabase.Add(command, "@retry_at", retryAt);
        AgentsDatabase.Add(command, "@failure", failure);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> MarkMissedAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE check_ins SET status = 'Missed', lease_owner = NULL WHERE {Claimable} AND window_ends_at <= @now";
        AgentsDatabase.Add(command, "@now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AwaitedCheckIn?> FindAwaitingAnswerAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, complaint_reference FROM check_ins
            WHERE conversation_key = @conversation_key AND status = 'Sent'
            ORDER BY sent_at DESC LIMIT 1
            """;
        AgentsDatabase.Add(command, "@conversation_key", conversationKey);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new AwaitedCheckIn(reader.GetString(0), reader.GetString(1)) : null;
    }

    public async Task<bool> RecordAnswerAsync(string id, bool solved, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE check_ins SET status = 'Answered', solved = @solved, answered_at = @now WHERE id = @id AND status = 'Sent'";
        AgentsDatabase.Add(command, "@id", id);
        AgentsDatabase.Add(command, "@solved", solved);
        AgentsDatabase.Add(command, "@now", now);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<CheckInStatus?> FindStatusAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM check_ins WHERE id = @id";
        AgentsDatabase.Add(command, "@id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string status ? Enum.Parse<CheckInStatus>(status) : null;
    }

    public async Task<IReadOnlyList<CheckInResult>> ListResultsAsync(DateTimeOffset from, DateTimeOffset until, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ResultColumns} FROM check_ins WHERE resolved_at >= @from AND resolved_at < @until ORDER BY resolved_at, id";
        AgentsDatabase.Add(command, "@from", from);
        AgentsDatabase.Add(command, "@until", until);
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
        Comment: reader.IsDBNull(8) ? null : reader.GetString(8),
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
}
