namespace ComplaintBot.Storage;

/// <summary>
/// A background thread of its own for work that blocks (an fsync, a checkpoint), so it never holds a thread-pool
/// thread: started by the first <see cref="Wake"/>, it runs its loop, which waits to be woken (<see cref="Wait"/>) and
/// clears the wake-up under <see cref="Gate"/> before it works. Disposing wakes it for good and waits for the loop to
/// end; the loop ends once it sees <see cref="IsDisposed"/>.
/// </summary>
internal sealed class WakeableThread(string name, Action loop) : IDisposable
{
    private readonly ManualResetEventSlim _woken = new();
    private readonly ManualResetEventSlim _stopping = new();
    private Thread? _thread;

    /// <summary>Held to change what the loop reads when woken, and to clear the wake-up (<see cref="Reset"/>).</summary>
    public Lock Gate { get; } = new();

    /// <summary>Whether disposing has begun (read under <see cref="Gate"/>).</summary>
    public bool IsDisposed { get; private set; }

    /// <summary>Whether a wake-up is pending that the loop has not cleared yet.</summary>
    public bool IsWoken => _woken.IsSet;

    /// <summary>Starts the thread on first use and wakes it; false, doing nothing, once disposed.</summary>
    public bool Wake()
    {
        lock (Gate)
        {
            if (IsDisposed)
            {
                return false;
            }

            if (_thread is null)
            {
                _thread = new Thread(() => loop()) { IsBackground = true, Name = name };
                _thread.UnsafeStart();
            }

            _woken.Set();
            return true;
        }
    }

    /// <summary>For the loop: blocks until woken.</summary>
    public void Wait() => _woken.Wait();

    /// <summary>For the loop: waits for <paramref name="duration"/>, or less once disposing has begun.</summary>
    public void Pause(TimeSpan duration) => _stopping.Wait(duration);

    /// <summary>For the loop, under <see cref="Gate"/>: clears the wake-up it is about to act on.</summary>
    public void Reset() => _woken.Reset();

    /// <summary>Wakes the loop to end and waits for it (up to 30 seconds). Safe to call twice.</summary>
    public void Dispose()
    {
        Thread? thread;
        lock (Gate)
        {
            if (IsDisposed)
            {
                return;
            }

            IsDisposed = true;
            thread = _thread;
            _stopping.Set();
            _woken.Set();
        }

        if (thread is null || thread.Join(TimeSpan.FromSeconds(30)))
        {
            _woken.Dispose();
            _stopping.Dispose();
        }
    }
}
