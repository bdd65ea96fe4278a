using ComplaintBot.Protocol.State;
using Npgsql;
using NpgsqlTypes;

namespace ComplaintBot.Storage;

/// <summary>Turn state in the PostgreSQL table <c>bot_state</c>; a write of several keys is one batch in one transaction.</summary>
public sealed class PostgresStorage(PostgresDatabase database, TimeProvider timeProvider) : IStorage
{
    private const string UpsertSql = """
        INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, @json, @etag, @updated_at)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string ReplaceSql =
        "UPDATE bot_state SET json = @json, etag = @etag, updated_at = @updated_at WHERE key = @key AND etag = @expected";

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT key, json, etag FROM bot_state WHERE key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = new StoreItem(reader.GetString(1), reader.GetString(2));
        }

        return found;
    }

    public async Task<string?> ReadETagAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT etag FROM bot_state WHERE key = @key", connection);
        command.Parameters.AddWithValue("key", key);
        return (string?)await command.ExecuteScalarAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        var updatedAt = StateChangeHour.Of(timeProvider.GetUtcNow());
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection, transaction);
        var checkedKeys = new List<(int Index, string Key)>();
        foreach (var (key, change) in changes)
        {
            ArgumentNullException.ThrowIfNull(change, nameof(changes));
            var etag = Guid.NewGuid().ToString("N");
            var overwrite = change.ETag is null or "*";
            var command = new NpgsqlBatchCommand(overwrite ? UpsertSql : ReplaceSql);
            command.Parameters.AddWithValue("key", key);
            command.Parameters.AddWithValue("json", NpgsqlDbType.Json, change.Json);
            command.Parameters.AddWithValue("etag", etag);
            command.Parameters.AddWithValue("updated_at", updatedAt);
            if (!overwrite)
            {
                command.Parameters.AddWithValue("expected", change.ETag!);
                checkedKeys.Add((batch.BatchCommands.Count, key));
            }

            batch.BatchCommands.Add(command);
            etags[key] = etag;
        }

        await batch.ExecuteNonQueryAsync(cancellationToken);
        foreach (var (index, key) in checkedKeys)
        {
            if (batch.BatchCommands[index].RecordsAffected == 0)
            {
                throw StorageConcurrencyException.ForKey(key);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("DELETE FROM bot_state WHERE key = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
