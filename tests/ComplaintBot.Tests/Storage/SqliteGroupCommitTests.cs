using ComplaintBot.Storage;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// The embedded database's one writer, on a real SQLite file, with the fsync of the WAL held back by the test: a durable
/// write is told it succeeded only after an fsync that began after its commit, and the writer does not wait for it.
/// </summary>
public sealed class SqliteGroupCommitTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task FullWrite_WhileTheFsyncIsHeldBack_WaitsForIt_AndOtherWritesGoOn()
    {
        var flushes = 0;
        using var flushing = new SemaphoreSlim(0);
        using var release = new ManualResetEventSlim();
        using var writer = NewWriter(new SqliteWalFlush(() =>
        {
            Interlocked.Increment(ref flushes);
            flushing.Release();
            release.Wait();
        }));

        var first = Insert(writer, SqliteSynchronous.Full, "first");
        await flushing.WaitAsync();
        await Insert(writer, SqliteSynchronous.Normal, "normal, committed while the fsync runs");
        var second = Insert(writer, SqliteSynchronous.Full, "second, committed after the fsync began");
        await Insert(writer, SqliteSynchronous.Normal, "normal, queued behind it");

        Assert.False(first.IsCompleted);
        Assert.False(second.IsCompleted);
        release.Set();
        await first;
        await second;
        Assert.Equal(2, flushes);
        string[] written = ["first", "normal, committed while the fsync runs", "second, committed after the fsync began", "normal, queued behind it"];
        Assert.Equal(written, (await ReadAllAsync()).Where(written.Contains));
    }

    [Fact]
    public async Task FullWrite_FsyncFails_FailsWithTheError_WhileNormalWritesSucceed()
    {
        using var writer = NewWriter(new SqliteWalFlush(() => throw new IOException("disk gone")));

        var durable = Insert(writer, SqliteSynchronous.Full, "durable");
        await Insert(writer, SqliteSynchronous.Normal, "normal");

        var error = await Assert.ThrowsAsync<IOException>(() => durable);
        Assert.Equal("disk gone", error.Message);
    }

    [Fact]
    public async Task ForFile_RealWalAndMissingWal_FlushWithoutError()
    {
        await database.Database.WriteAsync(SqliteSynchronous.Full, (_, _, _) => Task.FromResult(0), CancellationToken.None);
        using var existing = SqliteWalFlush.ForFile(database.Database.DatabasePath + "-wal");
        using var missing = SqliteWalFlush.ForFile(Path.Combine(database.DataDirectory, "no-such-database.db-wal"));

        await existing.AfterNextFlushAsync();
        await missing.AfterNextFlushAsync();

        Assert.True(File.Exists(database.Database.DatabasePath + "-wal"));
    }

    private SqliteGroupCommit NewWriter(SqliteWalFlush walFlush) => new(database.Database.OpenAsync, walFlush);

    private static Task<int> Insert(SqliteGroupCommit writer, SqliteSynchronous synchronous, string text) =>
        writer.WriteAsync(
            synchronous,
            async (connection, transaction, cancellationToken) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = """
                    CREATE TABLE IF NOT EXISTS group_commit_test (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
                    INSERT INTO group_commit_test (text) VALUES (@text)
                    """;
                command.Parameters.Add(new SqliteParameter("@text", text));
                return await command.ExecuteNonQueryAsync(cancellationToken);
            },
            CancellationToken.None);

    private async Task<List<string>> ReadAllAsync()
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM group_commit_test ORDER BY id";
        await using var reader = await command.ExecuteReaderAsync();
        var texts = new List<string>();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
