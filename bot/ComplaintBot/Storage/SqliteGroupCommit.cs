using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// The one writer of the embedded database. SQLite lets one transaction write at a time; left to itself, every other
/// writer waits in SQLite's busy handler, which sleeps a thread-pool thread and retries, and every durable commit pays
/// its own fsync while holding the write lock. Here the process's writes queue (asynchronously) and run on one
/// connection that stays open, as many as are waiting in one transaction, committed with <c>synchronous = NORMAL</c>.
/// Each write runs inside its own savepoint, so one that throws (a stale ETag, a duplicate key) is rolled back and told
/// alone. None is told it succeeded before the commit that holds it returned; one that asked for
/// <see cref="SqliteSynchronous.Full"/> is told only after the next fsync of the WAL file (<see cref="SqliteWalFlush"/>),
/// which the writer does not wait for: the following commits go on meanwhile, and share the fsync after it.
/// </summary>
internal sealed class SqliteGroupCommit : IDisposable
{
    /// <summary>The most writes one commit holds, so a long queue still commits (and answers) in steps.</summary>
    private const int MaxWritesPerCommit = 128;

    private const string Savepoint = "write";

    private readonly Func<CancellationToken, Task<SqliteConnection>> _openConnection;
    private readonly SqliteWalFlush _walFlush;
    private readonly Channel<PendingWrite> _queue = Channel.CreateUnbounded<PendingWrite>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lazy<Task> _writer;

    /// <summary>The writer's own connection, kept open between commits (only the write loop touches it).</summary>
    private SqliteConnection? _connection;

    /// <param name="openConnection">Opens the writer's connection, committing with <c>synchronous = NORMAL</c>.</param>
    /// <param name="walFlush">Puts the committed WAL frames on the disk for the writes that ask for it.</param>
    public SqliteGroupCommit(Func<CancellationToken, Task<SqliteConnection>> openConnection, SqliteWalFlush walFlush)
    {
        _openConnection = openConnection;
        _walFlush = walFlush;
        _writer = new Lazy<Task>(StartWriter, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in the writer's transaction and returns its result once that transaction is
    /// committed as <paramref name="synchronous"/> asks. The work must not wait for another write.
    /// </summary>
    public Task<T> WriteAsync<T>(
        SqliteSynchronous synchronous,
        Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work,
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
            _connection ??= await _openConnection(_stopping.Token);
            await using var transaction = (SqliteTransaction)await _connection.BeginTransactionAsync(_stopping.Token);
            foreach (var write in batch)
            {
                await transaction.SaveAsync(Savepoint, _stopping.Token);
                try
                {
                    await write.RunAsync(_connection, transaction);
                    await transaction.ReleaseAsync(Savepoint, _stopping.Token);
                    done.Add(write);
                }
                catch (Exception ex)
                {
                    await transaction.RollbackAsync(Savepoint, _stopping.Token);
                    await transaction.ReleaseAsync(Savepoint, _stopping.Token);
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
        foreach (var write in done)
        {
            if (write.Synchronous != SqliteSynchronous.Full)
            {
                write.Succeed();
            }
        }

        if (durable.Count > 0)
        {
            _ = SucceedWhenOnDiskAsync(durable, _walFlush.AfterNextFlushAsync());
        }
    }

    private static async Task SucceedWhenOnDiskAsync(List<PendingWrite> writes, Task flushed)
    {
        try
        {
            await flushed.ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            foreach (var write in writes)
            {
                write.Fail(ex);
            }

            return;
        }

        foreach (var write in writes)
        {
            write.Succeed();
        }
    }

    private async Task CloseConnectionAsync()
    {
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

        public abstract Task RunAsync(SqliteConnection connection, SqliteTransaction transaction);

        public abstract void Succeed();

        public abstract void Fail(Exception exception);
    }

    private sealed class PendingWrite<T>(
        SqliteSynchronous synchronous,
        Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken) : PendingWrite(synchronous)
    {
        private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;

        public Task<T> Task => _completion.Task;

        public override bool CancelIfRequested() =>
            cancellationToken.IsCancellationRequested && _completion.TrySetCanceled(cancellationToken);

        public override async Task RunAsync(SqliteConnection connection, SqliteTransaction transaction) =>
            _result = await work(connection, transaction, cancellationToken);

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
