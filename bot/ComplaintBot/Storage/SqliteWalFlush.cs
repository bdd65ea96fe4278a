namespace ComplaintBot.Storage;

/// <summary>
/// Puts committed writes on the disk after the commit, many at a time. The writer commits with
/// <c>synchronous = NORMAL</c>: the commit's frames are in the WAL file, in the operating system's cache, and SQLite's
/// write lock is free again at once. A write that must survive a power failure then waits here for the next fsync of
/// the WAL file, which covers every commit made before it began — the same frames SQLite's <c>FULL</c> mode would have
/// synced while still holding the write lock. Frames a checkpoint has already moved into the database file are synced
/// there by the checkpoint itself, so a WAL file that was restarted or removed in between loses nothing.
/// </summary>
internal sealed class SqliteWalFlush : IDisposable
{
    private readonly Action _flushToDisk;
    private readonly Lock _gate = new();
    private TaskCompletionSource? _next;
    private Task? _running;

    /// <param name="flushToDisk">The fsync: blocks until the WAL file's written frames are on the disk.</param>
    public SqliteWalFlush(Action flushToDisk)
    {
        _flushToDisk = flushToDisk;
    }

    /// <summary>The fsync of the WAL file at <paramref name="walPath"/>; a WAL file that is gone has been checkpointed and synced already.</summary>
    public static SqliteWalFlush ForFile(string walPath) => new(() =>
    {
        try
        {
            using var wal = new FileStream(walPath, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
            wal.Flush(flushToDisk: true);
        }
        catch (FileNotFoundException)
        {
        }
    });

    /// <summary>Completes after an fsync that began after this call (so it covers every commit already made), or faults with its error.</summary>
    public Task AfterNextFlushAsync()
    {
        lock (_gate)
        {
            _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _running ??= Task.Factory.StartNew(FlushWhileAsked, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            return _next.Task;
        }
    }

    /// <summary>Waits (up to 30 seconds) for a flush in progress, so writes told they are on disk are.</summary>
    public void Dispose()
    {
        Task? running;
        lock (_gate)
        {
            running = _running;
        }

        running?.Wait(TimeSpan.FromSeconds(30));
    }

    /// <summary>One fsync for everyone who asked since the last one began, until nobody is waiting.</summary>
    private void FlushWhileAsked()
    {
        while (true)
        {
            TaskCompletionSource waiting;
            lock (_gate)
            {
                if (_next is null)
                {
                    _running = null;
                    return;
                }

                waiting = _next;
                _next = null;
            }

            try
            {
                _flushToDisk();
                waiting.SetResult();
            }
            catch (Exception ex)
            {
                waiting.SetException(ex);
            }
        }
    }
}
