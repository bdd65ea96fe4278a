using System.Buffers.Binary;
using System.Globalization;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// Checkpoints beside the one writer on a real SQLite file (<see cref="SqliteCheckpointer"/>): the writer never
/// checkpoints inside a commit, so only the checkpointer keeps the write-ahead log from growing without end.
/// </summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private const int RestartAfterFrames = 64;

    /// <summary>Writes kept in flight at once, so the writer always has the next transaction queued and never rests.</summary>
    private const int InFlight = 8;

    /// <summary>Enough for dozens of restarts; a log that never starts again takes all of them (about 30 MB).</summary>
    private const int MostRows = 30_000;

    private const int RowBytes = 1024;

    private readonly TestFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AWriterThatNeverRests_TheLogStillStartsAgain_AndEveryRowIsKept()
    {
        var payload = new byte[RowBytes];
        Random.Shared.NextBytes(payload);
        var rows = 0;
        using (var database = new SqliteDatabase(
            Options.Create(new StorageOptions { DataDirectory = _folder.Path }),
            TimeProvider.System,
            NullLogger<SqliteDatabase>.Instance,
            RestartAfterFrames))
        {
            var walPath = database.DatabasePath + "-wal";
            await database.WriteAsync(SqliteSynchronous.Normal, Run("CREATE TABLE filler (id INTEGER PRIMARY KEY, payload BLOB NOT NULL)"), CancellationToken.None);
            var writes = new Queue<Task<int>>();
            while (rows < MostRows && (rows % 100 != 0 || Restarts(walPath) < 3))
            {
                writes.Enqueue(database.WriteAsync(SqliteSynchronous.Normal, Insert(rows++, payload), CancellationToken.None));
                if (writes.Count == InFlight)
                {
                    await writes.Dequeue();
                }
            }

            await Task.WhenAll(writes);
            Assert.True(Restarts(walPath) >= 3, $"The write-ahead log started again {Restarts(walPath)} times in {rows:N0} writes.");
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder.Path, StorageOptions.DatabaseFileName)};Pooling=False");
        await connection.OpenAsync();
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM filler WHERE length(payload) = " + RowBytes;
        Assert.Equal(rows, Convert.ToInt32(await count.ExecuteScalarAsync(), CultureInfo.InvariantCulture));
    }

    /// <summary>
    /// How many times the log has started again: the checkpoint sequence number in its header (bytes 12–15, big-endian),
    /// which SQLite counts up each time it writes the log from its beginning again.
    /// </summary>
    private static uint Restarts(string walPath)
    {
        using var wal = new FileStream(walPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        Span<byte> header = stackalloc byte[16];
        wal.ReadExactly(header);
        return BinaryPrimitives.ReadUInt32BigEndian(header[12..]);
    }

    private static Func<SqliteWrite, CancellationToken, Task<int>> Run(string sql) =>
        (write, token) => write.Prepared(sql).ExecuteNonQueryAsync(token);

    private static Func<SqliteWrite, CancellationToken, Task<int>> Insert(int id, byte[] payload) => async (write, token) =>
    {
        var command = write.Prepared("INSERT INTO filler (id, payload) VALUES (@id, @payload)");
        command.Parameters.AddWithValue("@id", id);
        command.Parameters.AddWithValue("@payload", payload);
        return await command.ExecuteNonQueryAsync(token);
    };
}
