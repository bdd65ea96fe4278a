namespace ComplaintBot.Protocol.State;

/// <summary>
/// Counts the changes to a store that a cache of this process must hear about: those under way, and those ended. A
/// read stamped while none was under way (<see cref="StampForRead"/>) stays current for as long as none has been under
/// way or ended since (<see cref="IsCurrent"/>), so a cached answer is trusted only if no change could have touched it.
/// </summary>
public sealed class ChangeCounter
{
    private int _underway;

    private long _ended;

    /// <summary>The stamp of a read about to begin; null while a change is under way (what it reads may be overtaken).</summary>
    public long? StampForRead()
    {
        // Read in this order: a change that ends between the two reads has already counted itself as ended.
        var underway = Volatile.Read(ref _underway);
        var ended = Volatile.Read(ref _ended);
        return underway == 0 ? ended : null;
    }

    /// <summary>Whether a read stamped <paramref name="stamp"/> is still current: no change since it began.</summary>
    public bool IsCurrent(long? stamp) => stamp is { } value && StampForRead() == value;

    /// <summary>Marks a change under way until the returned scope is disposed, once the change has been made or has failed.</summary>
    public IDisposable BeginChange()
    {
        Interlocked.Increment(ref _underway);
        return new Change(this);
    }

    private void EndChange()
    {
        Interlocked.Increment(ref _ended);
        Interlocked.Decrement(ref _underway);
    }

    private sealed class Change(ChangeCounter counter) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                counter.EndChange();
            }
        }
    }
}
