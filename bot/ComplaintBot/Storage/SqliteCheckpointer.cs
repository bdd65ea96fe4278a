using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// Copies the write-ahead log back into the database file beside the writer, so no commit waits for it. Left to itself,
/// SQLite runs this checkpoint inside the commit that takes the log past 1,000 pages: the copy and its two fsyncs (the
/// log's, then the database file's) delay that commit and every write queued behind it — under load, the writer's
/// longest stall. The writer turns that off (<c>wal_autocheckpoint = 0</c>) and signals each commit here instead; a
/// thread of its own (<see cref="WakeableThread"/>) then runs a passive checkpoint, which never blocks the writer or a
/// reader, at most once per interval.
/// </summary>
/// <remarks>
/// SQLite starts the log again from its beginning only when a write transaction begins with every frame of it already
/// copied. A writer that never rests keeps adding frames while a checkpoint beside it copies the earlier ones, so that
/// moment never comes on its own. Once the log holds <c>restartAfterFrames</c>, the checkpointer says a restart is due
/// and rests; the writer, between two transactions, copies the few frames added since
/// (<see cref="CopyTheRestAsync"/>), and its next transaction starts the log again. The log's file so stays near that
/// size, and the writer pays for one small checkpoint per that many frames instead of one per thousand.
/// </remarks>
internal sealed class SqliteCheckpointer : IDisposable
{
    /// <summary>A restart is due once the log holds this many frames (pages): 32 MB with SQLite's 4 KB pages.</summary>
    public const int DefaultRestartAfterFrames = 8192;

    private const string PassiveCheckpointSql = "PRAGMA wal_checkpoint(PASSIVE)";

    /// <summary>The least time between two checkpoints, so a burst of commits is copied in one.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    private readonly string _connectionString;
    private readonly int _restartAfterFrames;
    private readonly ILogger _logger;
    private readonly WakeableThread _thread;
    private volatile bool _restartDue;

    /// <param name="connectionString">The database's, for a connection outside the pool that only this checkpointer uses.</param>
    /// <param name="restartAfterFrames">How long the log may grow before the writer is asked to help start it again.</param>
    /// <param name="logger">Where a failed checkpoint is reported (the next commit tries again on a new connection).</param>
    public SqliteCheckpointer(string connectionString, int restartAfterFrames, ILogger logger)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(restartAfterFrames, 1);
        _connectionString = connectionString;
        _restartAfterFrames = restartAfterFrames;
        _logger = logger;
        _thread = new WakeableThread("SQLite checkpoint", CheckpointLoop);
    }

    /// <summary>Whether the writer should copy the rest of the log before its next transaction (<see cref="CopyTheRestAsync"/>).</summary>
    public bool RestartDue => _restartDue;

    /// <summary>Tells the checkpointer the writer committed: a checkpoint follows within <see cref="Interval"/>, unless a restart is due.</summary>
    public void Committed()
    {
        if (!_thread.IsWoken)
        {
            _thread.Wake();
        }
    }

    /// <summary>
    /// Run by the writer on its own connection, outside a transaction, when <see cref="RestartDue"/>: a passive checkpoint
    /// that copies the frames added since the checkpointer's last one, so the writer's next transaction starts the log
    /// again. The checkpointer goes on once this is done.
    /// </summary>
    public async Task CopyTheRestAsync(SqliteConnection writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(writer);
        try
        {
            await using var command = writer.CreateCommand();
            command.CommandText = PassiveCheckpointSql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _restartDue = false;
        }
        catch (SqliteException ex)
        {
            // The writes are committed and told; the restart waits for the next transaction.
            _logger.LogWarning(ex, "The SQLite writer's checkpoint failed; it tries again after its next commit.");
        }
    }

    /// <summary>Stops the checkpointer after the checkpoint under way, if any, without waiting out the interval. Safe to call twice.</summary>
    public void Dispose() => _thread.Dispose();

    private void CheckpointLoop()
    {
        SqliteConnection? connection = null;
        try
        {
            while (WaitForWork())
            {
                try
                {
                    connection ??= Open();
                    var frames = CheckpointPassively(connection);
                    _restartDue = frames >= _restartAfterFrames;
                }
                catch (SqliteException ex)
                {
                    _logger.LogWarning(ex, "A SQLite checkpoint failed; the next commit tries again on a new connection.");
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    /// <summary>Waits for a commit, then lets the interval pass, until no restart is owed by the writer; false once disposed.</summary>
    private bool WaitForWork()
    {
        while (true)
        {
            _thread.Wait();
            _thread.Pause(Interval);
            lock (_thread.Gate)
            {
                if (_thread.IsDisposed)
                {
                    return false;
                }

                _thread.Reset();
                if (!_restartDue)
                {
                    return true;
                }
            }
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    /// <summary>Runs a passive checkpoint and returns how many frames the log holds.</summary>
    private static int CheckpointPassively(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = PassiveCheckpointSql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return reader.GetInt32(1);
    }
}
