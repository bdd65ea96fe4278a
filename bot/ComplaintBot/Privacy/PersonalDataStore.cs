using System.Data.Common;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.DirectLine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Privacy;

/// <summary>
/// Finds, exports and erases one customer's personal data across the bot's tables (complaints, turn state, Direct Line
/// conversations, handoffs, check-ins), and erases what the retention period has run out for. Every step is
/// idempotent and guarded by the complaint's version, so two instances (or an erasure and a sweep) running at once
/// do no harm and a second run finds nothing left. Reads use pooled connections; every change goes through
/// <see cref="StorageDatabase.WriteAsync{T}"/> (in SQLite the process's one writer), committed on disk before it is reported.
/// </summary>
public sealed partial class PersonalDataStore(
    StorageDatabase database,
    ConversationState conversationState,
    UserState userState,
    TimeProvider time,
    ILogger<PersonalDataStore> logger)
{
    private const int BatchSize = 100;
    private const int MaxAnonymizeAttempts = 5;
    private const string EndedStatuses = "('Resolved', 'Closed')";

    private bool IsPostgres => database is PostgresDatabase;

    private string EmailOfComplaint => IsPostgres ? "document->'customer'->>'email'" : "json_extract(document, '$.customer.email')";

    private string UserOfDirectLineConversation => IsPostgres ? "json->>'userId'" : "json_extract(json, '$.userId')";

    /// <summary>A support team notification naming the complaint <c>{0}</c> (its payload may quote the customer's comment).</summary>
    private string MentionsReference => IsPostgres ? "strpos(payload, {0}) > 0" : "instr(payload, {0}) > 0";

    /// <summary>Everything about the customer (right of access).</summary>
    public async Task<PersonalDataExport> ExportAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        var found = await FindAsync(customer, cancellationToken);
        await using var connection = await database.OpenCurrentAsync(cancellationToken);
        var state = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, json) in await ReadAsync(connection, "SELECT key, json FROM bot_state WHERE key IN ({0})", found.StateKeys, reader => (reader.GetString(0), reader.GetString(1)), cancellationToken))
        {
            state[key] = JsonNode.Parse(json);
        }

        var references = found.Complaints.Select(c => c.Complaint.Reference).ToList();
        var handoffs = await ReadAsync(connection, "SELECT document FROM handoffs WHERE complaint_reference IN ({0}) ORDER BY requested_at", references, reader => JsonNode.Parse(reader.GetString(0)), cancellationToken);
        var checkIns = await ReadAsync(connection, "SELECT * FROM check_ins WHERE complaint_reference IN ({0}) ORDER BY created_at", references, ReadRow, cancellationToken);
        var timeZones = await ReadAsync(connection, "SELECT * FROM conversation_time_zones WHERE conversation_key IN ({0})", found.ConversationKeys, ReadRow, cancellationToken);
        var notifications = new List<JsonObject>();
        foreach (var reference in references)
        {
            notifications.AddRange(await ReadAsync(connection, "SELECT * FROM support_notifications WHERE " + MentionsReference, [reference], ReadRow, cancellationToken));
        }

        return new PersonalDataExport(
            customer,
            time.GetUtcNow(),
            found.Identities,
            [.. found.Complaints.Select(c => c.Complaint)],
            state,
            handoffs,
            checkIns,
            timeZones,
            notifications);
    }

    /// <summary>Erases everything about the customer (right of erasure); the anonymised complaint records stay.</summary>
    public async Task<ErasureReport> EraseAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        var found = await FindAsync(customer, cancellationToken);
        var report = await EraseComplaintsAsync(found.Complaints, cancellationToken);
        using var stateChange = BeginStateChange();
        var stateDocuments = await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var deleted = await ExecuteAsync(connection, transaction, "DELETE FROM bot_state WHERE key IN ({0})", found.StateKeys, token);
                await ExecuteAsync(connection, transaction, "DELETE FROM conversation_time_zones WHERE conversation_key IN ({0})", found.ConversationKeys, token);
                return deleted;
            },
            cancellationToken);
        report = report with { StateDocuments = stateDocuments };
        LogErased(logger, report.Complaints, report.StateDocuments, report.Handoffs, report.CheckIns);
        return report;
    }

    /// <summary>
    /// Erases what is older than <paramref name="cutoff"/>: complaints resolved or closed and unchanged since, turn
    /// state and Direct Line documents untouched since, and ended handoffs requested before it.
    /// </summary>
    public async Task<ErasureReport> ExpireAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var report = ErasureReport.None;
        while (true)
        {
            IReadOnlyList<StoredComplaint> due;
            await using (var connection = await database.OpenCurrentAsync(cancellationToken))
            {
                await using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT document, version FROM complaints
                    WHERE erased_at IS NULL AND status IN {EndedStatuses} AND updated_at < @cutoff
                    ORDER BY updated_at LIMIT {BatchSize}
                    """;
                command.AddParameter("@cutoff", database.Timestamp(cutoff));
                due = await ReadComplaintsAsync(command, cancellationToken);
            }

            var erased = await EraseComplaintsAsync(due, cancellationToken);
            report = report.Add(erased);
            if (due.Count < BatchSize || erased.Complaints == 0)
            {
                break;
            }
        }

        using var stateChange = BeginStateChange();
        var expired = await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                async Task<int> DeleteBeforeCutoffAsync(string sql)
                {
                    await using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    command.CommandText = sql;
                    command.AddParameter("@cutoff", database.Timestamp(cutoff));
                    return await command.ExecuteNonQueryAsync(token);
                }

                var stateDocuments = await DeleteBeforeCutoffAsync("DELETE FROM bot_state WHERE updated_at < @cutoff");
                var endedHandoffs = await DeleteBeforeCutoffAsync("DELETE FROM handoffs WHERE status NOT IN ('Waiting', 'Accepted') AND requested_at < @cutoff");
                await DeleteBeforeCutoffAsync("DELETE FROM conversation_time_zones WHERE updated_at < @cutoff");
                await DeleteBeforeCutoffAsync("DELETE FROM support_notifications WHERE status <> 'Pending' AND created_at < @cutoff");
                return new ErasureReport(0, stateDocuments, endedHandoffs, 0);
            },
            cancellationToken);
        report = report.Add(expired);
        LogExpired(logger, report.Complaints, report.StateDocuments, report.Handoffs, report.CheckIns);
        return report;
    }

    /// <summary>
    /// Announces a change to turn-state documents to the states that keep them in memory for a conversation's next
    /// turn, so that no kept copy outlives its erased document and no turn takes one over unchecked meanwhile.
    /// </summary>
    private StateChange BeginStateChange() => new(conversationState.BeginStorageChange(), userState.BeginStorageChange());

    private async Task<CustomerData> FindAsync(CustomerIdentity customer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(customer);
        if (customer.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(customer));
        }

        await using var connection = await database.OpenCurrentAsync(cancellationToken);
        var complaints = new Dictionary<string, StoredComplaint>(StringComparer.Ordinal);
        var identities = new List<ChannelUser>();
        if (!string.IsNullOrWhiteSpace(customer.ChannelId) && !string.IsNullOrWhiteSpace(customer.UserId))
        {
            identities.Add(new ChannelUser(customer.ChannelId, customer.UserId));
        }

        if (customer.NormalizedEmail is { } email)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT document, version FROM complaints WHERE erased_at IS NULL AND lower({EmailOfComplaint}) = @email";
            command.AddParameter("@email", email);
            foreach (var stored in await ReadComplaintsAsync(command, cancellationToken))
            {
                complaints[stored.Complaint.Reference] = stored;
                var identity = new ChannelUser(stored.Complaint.Customer.ChannelId, stored.Complaint.Customer.UserId);
                if (identity.UserId.Length > 0 && !identities.Contains(identity))
                {
                    identities.Add(identity);
                }
            }
        }

        var stateKeys = new SortedSet<string>(StringComparer.Ordinal);
        var conversations = new HashSet<(string ChannelId, string ConversationId)>();
        foreach (var identity in identities)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT document, version FROM complaints WHERE erased_at IS NULL AND channel_id = @channel AND user_id = @user";
            command.AddParameter("@channel", identity.ChannelId);
            command.AddParameter("@user", identity.UserId);
            foreach (var stored in await ReadComplaintsAsync(command, cancellationToken))
            {
                complaints[stored.Complaint.Reference] = stored;
            }

            stateKeys.Add(UserState.KeyOf(identity.ChannelId, identity.UserId));
            if (identity.ChannelId == DirectLineChannel.ChannelId)
            {
                await AddDirectLineConversationsAsync(connection, identity.UserId, stateKeys, conversations, cancellationToken);
            }
        }

        foreach (var stored in complaints.Values)
        {
            if (stored.Complaint.Conversation is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation })
            {
                conversations.Add((channel, conversation));
            }
        }

        var conversationKeys = new List<string>();
        foreach (var (channel, conversation) in conversations)
        {
            stateKeys.Add(ConversationState.KeyOf(channel, conversation));
            conversationKeys.Add(ConversationKeys.Of(new ConversationReference { ChannelId = channel, Conversation = new ConversationAccount { Id = conversation } }));
        }

        return new CustomerData(identities, [.. complaints.Values.OrderBy(c => c.Complaint.CreatedAt)], [.. stateKeys], conversationKeys);
    }

    /// <summary>The web chat conversations the user started on the embedded Direct Line: their documents and every message.</summary>
    private async Task AddDirectLineConversationsAsync(DbConnection connection, string userId, SortedSet<string> stateKeys, HashSet<(string, string)> conversations, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT json FROM bot_state WHERE key LIKE 'directline/%' AND {UserOfDirectLineConversation} = @user";
        command.AddParameter("@user", userId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (ProtocolJson.Deserialize<DirectLineConversation>(reader.GetString(0)) is not { } started || started.UserId != userId)
            {
                continue;
            }

            conversations.Add((DirectLineChannel.ChannelId, started.Id));
            stateKeys.Add(StorageDirectLineStore.ConversationKey(started.Id));
            for (var sequence = 1L; sequence <= started.LastSequence; sequence++)
            {
                stateKeys.Add(StorageDirectLineStore.ActivityKey(started.Id, sequence));
            }
        }
    }

    /// <summary>Anonymises each complaint (guarded by its version), deletes its handoffs and detaches its check-ins.</summary>
    private async Task<ErasureReport> EraseComplaintsAsync(IReadOnlyList<StoredComplaint> complaints, CancellationToken cancellationToken)
    {
        var erased = 0;
        foreach (var stored in complaints)
        {
            if (await AnonymizeAsync(stored, cancellationToken))
            {
                erased++;
            }
        }

        var references = complaints.Select(c => c.Complaint.Reference).ToList();
        if (references.Count == 0)
        {
            return ErasureReport.None;
        }

        return await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                var handoffs = await ExecuteAsync(connection, transaction, "DELETE FROM handoffs WHERE complaint_reference IN ({0})", references, token);
                var checkIns = await ExecuteAsync(
                    connection,
                    transaction,
                    """
                    UPDATE check_ins SET conversation_key = '', last_failure = NULL, lease_owner = NULL, lease_until = NULL,
                        comment = CASE WHEN comment IS NULL THEN NULL ELSE '' END,
                        status = CASE WHEN status IN ('Scheduled', 'Sent') THEN 'Cancelled' ELSE status END
                    WHERE conversation_key <> '' AND complaint_reference IN ({0})
                    """,
                    references,
                    token);
                foreach (var reference in references)
                {
                    await ExecuteAsync(connection, transaction, "DELETE FROM support_notifications WHERE " + MentionsReference, [reference], token);
                }

                return new ErasureReport(erased, 0, handoffs, checkIns);
            },
            cancellationToken);
    }

    /// <summary>Replaces the complaint by its anonymised record unless that was done already; retries when a turn changed it meanwhile.</summary>
    private Task<bool> AnonymizeAsync(StoredComplaint stored, CancellationToken cancellationToken) => database.WriteAsync(
        async (connection, transaction, token) =>
        {
            var current = stored;
            for (var attempt = 1; attempt <= MaxAnonymizeAttempts; attempt++)
            {
                var now = time.GetUtcNow();
                var anonymous = ComplaintAnonymizer.Anonymize(current.Complaint);
                await using var update = connection.CreateCommand();
                update.Transaction = transaction;
                update.CommandText = """
                    UPDATE complaints SET user_id = '', document = @document, version = @version, updated_at = @now, erased_at = @now
                    WHERE reference = @reference AND version = @expected AND erased_at IS NULL
                    """;
                database.AddJsonParameter(update, "@document", ComplaintDocument.Serialize(anonymous with { Version = current.Version + 1 }));
                update.AddParameter("@version", current.Version + 1);
                update.AddParameter("@now", database.Timestamp(now));
                update.AddParameter("@reference", current.Complaint.Reference);
                update.AddParameter("@expected", current.Version);
                if (await update.ExecuteNonQueryAsync(token) == 1)
                {
                    return true;
                }

                await using var reread = connection.CreateCommand();
                reread.Transaction = transaction;
                reread.CommandText = "SELECT document, version FROM complaints WHERE reference = @reference AND erased_at IS NULL";
                reread.AddParameter("@reference", current.Complaint.Reference);
                if ((await ReadComplaintsAsync(reread, token)) is not [var fresh])
                {
                    return false;
                }

                current = fresh;
            }

            throw new StorageConcurrencyException($"Complaint '{stored.Complaint.Reference}' kept changing while its personal data was being erased; run the erasure again.");
        },
        cancellationToken);

    private static async Task<IReadOnlyList<StoredComplaint>> ReadComplaintsAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var found = new List<StoredComplaint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var version = reader.GetInt32(1);
            found.Add(new StoredComplaint(ComplaintDocument.Deserialize(reader.GetString(0), version), version));
        }

        return found;
    }

    /// <summary>Runs a query whose <c>{0}</c> is replaced by a parameter list of <paramref name="values"/> (nothing when empty).</summary>
    private static async Task<List<T>> ReadAsync<T>(DbConnection connection, string sql, IReadOnlyList<string> values, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        foreach (var chunk in values.Chunk(BatchSize))
        {
            await using var command = InList(connection, sql, chunk);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(read(reader));
            }
        }

        return rows;
    }

    /// <summary>Runs a change in a write's transaction, <c>{0}</c> replaced as for <see cref="ReadAsync{T}"/>; returns the rows changed.</summary>
    private static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, IReadOnlyList<string> values, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var chunk in values.Chunk(BatchSize))
        {
            await using var command = InList(connection, sql, chunk);
            command.Transaction = transaction;
            changed += await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return changed;
    }

    private static DbCommand InList(DbConnection connection, string sql, string[] values)
    {
        var command = connection.CreateCommand();
        var names = values.Select((_, i) => "@p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        command.CommandText = sql.Replace("{0}", string.Join(", ", names), StringComparison.Ordinal);
        for (var i = 0; i < values.Length; i++)
        {
            command.AddParameter(names[i], values[i]);
        }

        return command;
    }

    /// <summary>A row as JSON, column by column (so a column added later is exported too).</summary>
    private static JsonObject ReadRow(DbDataReader reader)
    {
        var row = new JsonObject();
        for (var i = 0; i < reader.FieldCount; i++)
        {
            row[reader.GetName(i)] = reader.IsDBNull(i) ? null : JsonSerializer.SerializeToNode(reader.GetValue(i));
        }

        return row;
    }

    private sealed record StoredComplaint(Complaint Complaint, int Version);

    /// <summary>The change announced to both turn states, ended together.</summary>
    private sealed class StateChange(IDisposable conversation, IDisposable user) : IDisposable
    {
        public void Dispose()
        {
            conversation.Dispose();
            user.Dispose();
        }
    }

    /// <param name="ConversationKeys">The customer's conversations as the check-in tables name them (<see cref="ConversationKeys"/>).</param>
    private sealed record CustomerData(IReadOnlyList<ChannelUser> Identities, IReadOnlyList<StoredComplaint> Complaints, IReadOnlyList<string> StateKeys, IReadOnlyList<string> ConversationKeys);

    [LoggerMessage(Level = LogLevel.Information, Message = "Erased one customer's personal data: {Complaints} complaint(s) anonymised, {StateDocuments} state document(s) and {Handoffs} handoff(s) deleted, {CheckIns} check-in(s) detached")]
    private static partial void LogErased(ILogger logger, int complaints, int stateDocuments, int handoffs, int checkIns);

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention sweep: {Complaints} complaint(s) anonymised, {StateDocuments} state document(s) and {Handoffs} handoff(s) deleted, {CheckIns} check-in(s) detached")]
    private static partial void LogExpired(ILogger logger, int complaints, int stateDocuments, int handoffs, int checkIns);
}
