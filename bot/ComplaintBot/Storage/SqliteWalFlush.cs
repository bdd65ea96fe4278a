namespace ComplaintBot.Storage;

/// <summary>
/// Flushes the database's write-ahead log to the disk for durable writes, on a thread of its own
/// (<see cref="WakeableThread"/>) so the writer goes on committing meanwhile. The writer commits everything with
/// <c>synchronous = NORMAL</c> (the frames are written to the WAL file, not yet flushed); a durable write is told it
/// succeeded once an fsync of the WAL that began after its commit has returned — what SQLite's
/// <c>synchronous = FULL</c> does at the end of the commit itself. Every write that committed while one fsync ran
/// shares the next one.
/// </summary>
/// <remarks>
/// Frames committed before the fsync cannot have been overwritten by then: SQLite restarts the WAL from its start only
/// after a checkpoint has copied every frame into the database file and flushed that file. Only the <c>-wal</c> file is
/// opened here, which SQLite never locks (its locks are on the database and <c>-shm</c> files), so closing it releases
/// none of SQLite's POSIX locks. It is opened anew for each fsync, so a WAL that SQLite deleted and created again
/// (when every connection closed) is never flushed through a handle to the old file.
/// </remarks>
internal sealed class SqliteWalFlush : IDisposable
{
    private readonly string _walPath;
    private readonly WakeableThread _thread;
    private TaskCompletionSource? _next;

    public SqliteWalFlush(string walPath)
    {
        _walPath = walPath;
        _thread = new WakeableThread("SQLite WAL flush", FlushLoop);
    }

    /// <summary>
    /// Completes when an fsync of the WAL file that began after this call has returned; faulted when it failed, or when
    /// the flush was already disposed (a write that committed after shutdown gave up waiting is told it failed).
    /// </summary>
    public Task FlushAsync()
    {
        lock (_thread.Gate)
        {
            if (_thread.IsDisposed)
            {
                return Task.FromException(new ObjectDisposedException(nameof(SqliteWalFlush)));
            }

            _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _thread.Wake();
            return _next.Task;
        }
    }

    /// <summary>Runs the flush already asked for, then stops the thread. Safe to call twice.</summary>
    public void Dispose() => _thread.Dispose();

    private void FlushLoop()
    {
        while (true)
        {
            _thread.Wait();
            TaskCompletionSource? flush;
            bool stopping;
            lock (_thread.Gate)
            {
                flush = _next;
                _next = null;
                stopping = _thread.IsDisposed;
                _thread.Reset();
            }

            if (flush is not null)
            {
                Flush(flush);
            }

            if (stopping)
            {
                return;
            }
        }
    }

    private void Flush(TaskCompletionSource flush)
    {
        try
        {
            using var wal = new FileStream(_walPath, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            wal.Flush(flushToDisk: true);
            flush.TrySetResult();
        }
        catch (Exception ex)
        {
            flush.TrySetException(ex);
        }
    }
}
