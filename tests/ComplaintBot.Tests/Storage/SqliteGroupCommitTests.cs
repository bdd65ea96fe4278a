using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// The one writer's commits on a real SQLite file: a durable write is told it succeeded only once the WAL is flushed
/// (<see cref="SqliteWalFlush"/>), and a write that needs no flush does not wait for one.
/// </summary>
public sealed class SqliteGroupCommitTests : IDisposable
{
    private readonly TestFolder _folder = new();

    private readonly SqliteCheckpointer _checkpointer;

    public SqliteGroupCommitTests()
    {
        Directory.CreateDirectory(_folder.Path);
        _checkpointer = new SqliteCheckpointer($"Data Source={DatabasePath};Pooling=False", SqliteCheckpointer.DefaultRestartAfterFrames, NullLogger.Instance);
    }

    private string DatabasePath => Path.Combine(_folder.Path, "commits.db");

    public void Dispose()
    {
        _checkpointer.Dispose();
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task DurableAndNormalWrites_WithTheWalFlushed_BothSucceedAndAreStored()
    {
        using (var writer = new SqliteGroupCommit(OpenAsync, DatabasePath + "-wal", _checkpointer))
        {
            await Task.WhenAll(
                writer.WriteAsync(SqliteSynchronous.Full, Insert("filed"), CancellationToken.None),
                writer.WriteAsync(SqliteSynchronous.Normal, Insert("state"), CancellationToken.None));
        }

        Assert.Equal(["filed", "state"], await ReadNotesAsync());
    }

    [Fact]
    public async Task DurableWrite_WhenTheWalCannotBeFlushed_FailsWhileANormalWriteSucceeds()
    {
        using var writer = new SqliteGroupCommit(OpenAsync, Path.Combine(_folder.Path, "missing", "commits.db-wal"), _checkpointer);

        var durable = writer.WriteAsync(SqliteSynchronous.Full, Insert("filed"), CancellationToken.None);
        var normal = writer.WriteAsync(SqliteSynchronous.Normal, Insert("state"), CancellationToken.None);

        await Assert.ThrowsAnyAsync<IOException>(() => durable);
        Assert.Equal(1, await normal);
    }

    [Fact]
    public async Task WalFlush_ManyAskingAtOnce_AllComplete_AndAMissingFileFaults()
    {
        File.WriteAllText(DatabasePath + "-wal", "frames");
        using var flush = new SqliteWalFlush(DatabasePath + "-wal");
        using var missing = new SqliteWalFlush(Path.Combine(_folder.Path, "missing-wal"));

        await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => Task.Run(flush.FlushAsync)));

        await Assert.ThrowsAsync<FileNotFoundException>(missing.FlushAsync);
    }

    [Fact]
    public async Task WalFlush_DisposedRightAfterAFlushWasAsked_RunsItBeforeStopping()
    {
        File.WriteAllText(DatabasePath + "-wal", "frames");
        var flush = new SqliteWalFlush(DatabasePath + "-wal");

        var flushed = flush.FlushAsync();
        flush.Dispose();

        await flushed;
        await Assert.ThrowsAsync<ObjectDisposedException>(flush.FlushAsync);
    }

    [Fact]
    public async Task WalFlush_WhileOneFsyncIsStuck_TheNextBeginsAtOnce()
    {
        using var release = new SemaphoreSlim(0);
        var calls = 0;
        using var flush = new SqliteWalFlush(() =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                release.Wait();
            }
        });

        var stuck = flush.FlushAsync();
        Assert.True(SpinWait.SpinUntil(() => Volatile.Read(ref calls) == 1, TimeSpan.FromSeconds(10)));
        await flush.FlushAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Assert.False(stuck.IsCompleted);
        release.Release();
        await stuck.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(2, calls);
    }

    private static Func<SqliteWrite, CancellationToken, Task<int>> Insert(string note) => async (write, token) =>
    {
        var command = write.Prepared("INSERT INTO notes (note) VALUES (@note)");
        command.Parameters.AddWithValue("@note", note);
        return await command.ExecuteNonQueryAsync(token);
    };

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; CREATE TABLE IF NOT EXISTS notes (note TEXT NOT NULL)";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private async Task<List<string>> ReadNotesAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT note FROM notes ORDER BY note";
        await using var reader = await command.ExecuteReaderAsync();
        var notes = new List<string>();
        while (await reader.ReadAsync())
        {
            notes.Add(reader.GetString(0));
        }

        return notes;
    }
}
