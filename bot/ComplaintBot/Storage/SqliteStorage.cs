using System.Runtime.InteropServices;
using ComplaintBot.Protocol.State;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// Turn state in the SQLite table <c>bot_state</c>; every write is one transaction through the database's one writer,
/// committed as <see cref="StorageOptions.SqliteStateSynchronous"/> says.
/// </summary>
public sealed class SqliteStorage(SqliteDatabase database, TimeProvider timeProvider) : IStorage
{
    private const string UpsertSql = """
        INSERT INTO bot_state (key, json, etag, updated_at) VALUES (@key, CAST(@json AS TEXT), @etag, @updated_at)
        ON CONFLICT (key) DO UPDATE SET json = excluded.json, etag = excluded.etag, updated_at = excluded.updated_at
        """;

    private const string ReadOneSql = "SELECT key, json, etag FROM bot_state WHERE key = @key";

    private const string ReadETagSql = "SELECT etag FROM bot_state WHERE key = @key";

    /// <summary>A replacement within the hour the document last changed in: <c>updated_at</c>, and its index, stay as they are.</summary>
    private const string ReplaceSameHourSql =
        "UPDATE bot_state SET json = CAST(@json AS TEXT), etag = @etag WHERE key = @key AND etag = @expected AND updated_at = @updated_at";

    private const string ReplaceSql =
        "UPDATE bot_state SET json = CAST(@json AS TEXT), etag = @etag, updated_at = @updated_at WHERE key = @key AND etag = @expected";

    /// <summary>While this process holds the data folder's turn state (<see cref="SqliteDatabase.OwnsTurnState"/>).</summary>
    public bool IsSoleWriter => database.OwnsTurnState;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        if (keys.Count == 1)
        {
            // A turn reads its one conversation: the same statement every time, kept prepared.
            var key = keys.Single();
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            return await database.ReadAsync(
                ReadOneSql,
                async (command, token) =>
                {
                    command.Parameters.AddWithValue("@key", key);
                    return await ReadItemsAsync(command, found, token);
                },
                cancellationToken);
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var many = connection.CreateCommand();
        many.CommandText = $"SELECT key, json, etag FROM bot_state WHERE key IN ({AddKeyParameters(many, keys)})";
        return await ReadItemsAsync(many, found, cancellationToken);
    }

    public Task<string?> ReadETagAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return database.ReadAsync(
            ReadETagSql,
            async (command, token) =>
            {
                command.Parameters.AddWithValue("@key", key);
                return (string?)await command.ExecuteScalarAsync(token);
            },
            cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        var etags = new Dictionary<string, string>(StringComparer.Ordinal);
        if (changes.Count == 0)
        {
            return etags;
        }

        var updatedAt = SqliteDatabase.FormatTimestamp(StateChangeHour.Of(timeProvider.GetUtcNow()));
        return await database.WriteAsync(
            database.StateSynchronous,
            async (write, token) =>
            {
                foreach (var (key, change) in changes)
                {
                    ArgumentNullException.ThrowIfNull(change, nameof(changes));
                    var etag = Guid.NewGuid().ToString("N");
                    var expected = change.ETag is null or "*" ? null : change.ETag;
                    // A replacement first tries to leave updated_at as it is; when the document last changed in an earlier hour
                    // (or its ETag is stale, which the second statement finds as well), it stamps this hour.
                    var written = expected is null
                        ? await RunAsync(write.Prepared(UpsertSql), key, change, etag, updatedAt, expected, token) > 0
                        : await RunAsync(write.Prepared(ReplaceSameHourSql), key, change, etag, updatedAt, expected, token) > 0
                          || await RunAsync(write.Prepared(ReplaceSql), key, change, etag, updatedAt, expected, token) > 0;
                    if (!written)
                    {
                        throw StorageConcurrencyException.ForKey(key);
                    }

                    etags[key] = etag;
                }

                return etags;
            },
            cancellationToken);
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await database.WriteAsync(
            database.StateSynchronous,
            async (write, token) =>
            {
                await using var command = write.Connection.CreateCommand();
                command.Transaction = write.Transaction;
                command.CommandText = $"DELETE FROM bot_state WHERE key IN ({AddKeyParameters(command, keys)})";
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    /// <summary>Runs one of the write statements for one document (a replacement when an ETag is expected); the number of rows it wrote.</summary>
    private static Task<int> RunAsync(
        SqliteCommand command, string key, StoreItem change, string etag, string updatedAt, string? expected, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("@key", key);
        command.Parameters.AddWithValue("@json", Utf8Array(change.Utf8Json));
        command.Parameters.AddWithValue("@etag", etag);
        command.Parameters.AddWithValue("@updated_at", updatedAt);
        if (expected is not null)
        {
            command.Parameters.AddWithValue("@expected", expected);
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<Dictionary<string, StoreItem>> ReadItemsAsync(SqliteCommand command, Dictionary<string, StoreItem> found, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            found[reader.GetString(0)] = new StoreItem(reader.GetFieldValue<byte[]>(1), reader.GetString(2));
        }

        return found;
    }

    /// <summary>
    /// The document's bytes as one whole array, which is what SQLite binds (as a blob, cast back to text in the
    /// statement): the array a turn's save made, without a copy, or a copy of any other slice.
    /// </summary>
    private static byte[] Utf8Array(ReadOnlyMemory<byte> json) =>
        MemoryMarshal.TryGetArray(json, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : json.ToArray();

    /// <summary>Binds each key as <c>@k0, @k1, …</c> and returns that list for an <c>IN (…)</c>.</summary>
    private static string AddKeyParameters(SqliteCommand command, IReadOnlyCollection<string> keys)
    {
        var names = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(keys));
            var name = "@k" + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, key);
            names.Add(name);
        }

        return string.Join(", ", names);
    }
}
