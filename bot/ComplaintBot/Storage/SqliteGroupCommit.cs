using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// The one writer of the embedded database. SQLite lets one transaction write at a time; left to itself, every other
/// writer waits in SQLite's busy handler, which sleeps a thread-pool thread and retries, and every durable commit pays
/// its own fsync. Here the process's writes queue (asynchronously) and are run one after another on one connection that
/// stays open, as many as are waiting in one transaction. Each write runs inside its own savepoint, so one that throws
/// (a stale ETag, a duplicate key) is rolled back and told alone; none is told it succeeded before the commit that
/// holds it returned. Checkpoints run beside the writer (<see cref="SqliteCheckpointer"/>), not inside its commits. The
/// connection commits with <c>synchronous = NORMAL</c>; a write that asked for <see cref="SqliteSynchronous.Full"/> is
/// told once the WAL is also flushed to the disk (<see cref="SqliteWalFlush"/>), which happens beside the writer, so
/// the writes queued behind a durable one do not wait for the disk.
/// </summary>
internal sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>The most writes one commit holds, so a long queue still commits (and answers) in steps.</summary>
    private const int MaxWritesPerCommit = 128;

    private const string SavepointSql = "SAVEPOINT write";

    private const string ReleaseSql = "RELEASE write";

    private const string RollbackSql = "ROLLBACK TO write";

    private readonly Func<CancellationToken, Task<SqliteConnection>> _openConnection;
    private readonly SqliteWalFlush _walFlush;
    private readonly SqliteCheckpointer _checkpointer;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task> _writer;

    /// <summary>The writer's own connection, kept open between commits (only the write loop touches it).</summary>
    private SqliteConnection? _connection;

    /// <summary>The statements kept prepared on <see cref="_connection"/> (the savepoints', the stores' fixed SQL).</summary>
    private SqliteStatementCache? _statements;

    /// <param name="openConnection">
    /// Opens the writer's connection, set to commit with <c>synchronous = NORMAL</c> and to leave checkpoints to
    /// <paramref name="checkpointer"/> (<c>wal_autocheckpoint = 0</c>).
    /// </param>
    /// <param name="walPath">The database's write-ahead log, flushed for durable writes.</param>
    /// <param name="checkpointer">Told of every commit; the writer helps it start the log again when it asks.</param>
    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> openConnection, string walPath, SqliteCheckpointer checkpointer)
    {
        _openConnection = openConnection;
        _walFlush = new SqliteWalFlush(walPath);
        _checkpointer = checkpointer;
        _writer = new Lazy<Task>(StartWriter, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the writer's transaction and returns its result once that transaction is
    /// committed as <paramref name="synchronous"/> asks. The work must not wait for another write.
    /// </summary>
    public Task<T> WriteAsync<T>(
        SqliteSynchronous synchronous,
        Func<SqliteWrite, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var write = new PendingWrite<T>(synchronous, work, cancellationToken);
        ObjectDisposedException.ThrowIf(!_queue.Writer.TryWrite(write), this);

        _ = _writer.Value;
        return write.Task;
    }

    /// <summary>Lets the queued writes finish (for up to 30 seconds), then stops the writer. Safe to call twice.</summary>
    public void Dispose()
    {
        if (!_queue.Writer.TryComplete())
        {
            return;
        }

        _writer.Value.Wait(TimeSpan.FromSeconds(30));
        _walFlush.Dispose();

        _stopping.Cancel();
        _stopping.Dispose();
    }

    /// <summary>Starts the writer without the first caller's execution context (its log scope, its culture).</summary>
    private Task StartWriter()
    {
        using (ExecutionContext.SuppressFlow())
        {
            return Task.Run(WriteLoopAsync);
        }
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingWrite>(MaxWritesPerCommit);
        while (await _queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxWritesPerCommit && _queue.Reader.TryRead(out var write))
            {
                if (!write.CancelIfRequested())
                {
                    batch.Add(write);
                }
            }

            if (batch.Count > 0)
            {
                await CommitAsync(batch);
            }
        }

        await CloseConnectionAsync();
    }

    private async Task CommitAsync(List<PendingWrite> batch)
    {
        var done = new List<PendingWrite>(batch.Count);
        try
        {
            var connection = await ConnectionAsync();
            _statements!.Trim();
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(_stopping.Token);
            var scope = new SqliteWrite(connection, transaction, _statements);
            foreach (var write in batch)
            {
                await RunAsync(scope, SavepointSql);
                try
                {
                    await write.RunAsync(scope);
                    await RunAsync(scope, ReleaseSql);
                    done.Add(write);
                }
                catch (Exception ex)
                {
                    await RunAsync(scope, RollbackSql);
                    await RunAsync(scope, ReleaseSql);
                    write.Fail(ex);
                }
            }

            await transaction.CommitAsync(_stopping.Token);
        }
        catch (Exception ex)
        {
            // The connection may be what failed (a full disk, a lost file): the next commit starts on a fresh one.
            await CloseConnectionAsync();
            foreach (var write in batch)
            {
                write.Fail(ex);
            }

            return;
        }

        var durable = done.FindAll(w => w.Synchronous == SqliteSynchronous.Full);
        if (durable.Count > 0)
        {
            _ = SucceedOnceFlushedAsync(durable, _walFlush.FlushAsync());
        }

        foreach (var write in done)
        {
            if (write.Synchronous != SqliteSynchronous.Full)
            {
                write.Succeed();
            }
        }

        _checkpointer.Committed();
        if (_checkpointer.RestartDue)
        {
            await _checkpointer.CopyTheRestAsync(_connection!, _stopping.Token);
        }
    }

    /// <summary>Tells committed durable writes they succeeded once the WAL holding them is on the disk, or that they failed.</summary>
    private static async Task SucceedOnceFlushedAsync(List<PendingWrite> durable, Task flushed)
    {
        try
        {
            await flushed;
        }
        catch (Exception ex)
        {
            foreach (var write in durable)
            {
                write.Fail(ex);
            }

            return;
        }

        foreach (var write in durable)
        {
            write.Succeed();
        }
    }

    private Task<int> RunAsync(SqliteWrite scope, string sql) => scope.Prepared(sql).ExecuteNonQueryAsync(_stopping.Token);

    /// <summary>The writer's connection, opened on first use.</summary>
    private async Task<SqliteConnection> ConnectionAsync()
    {
        if (_connection is null)
        {
            _connection = await _openConnection(_stopping.Token);
            _statements = new SqliteStatementCache(_connection);
        }

        return _connection;
    }

    private async Task CloseConnectionAsync()
    {
        _statements?.Dispose();
        _statements = null;
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
            _connection = null;
        }
    }

    private abstract class PendingWrite(SqliteSynchronous synchronous)
    {
        public SqliteSynchronous Synchronous { get; } = synchronous;

        /// <summary>Drops a write whose caller gave up before it ran; true when dropped.</summary>
        public abstract bool CancelIfRequested();

        public abstract Task RunAsync(SqliteWrite scope);

        public abstract void Succeed();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(
        SqliteSynchronous synchronous,
        Func<SqliteWrite, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) : PendingWrite(synchronous)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override bool CancelIfRequested() =>
            cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

        public override async Task RunAsync(SqliteWrite scope) =>
            _result = await work(scope, cancellationToken);

        public override void Succeed() => _completion.TrySetResult(_result!);

        public override void Fail(Exception exception)
        {
            if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
            {
                _completion.TrySetCanceled(cancellationToken);
            }
            else
            {
                _completion.TrySetException(exception);
            }
        }
    }
}
