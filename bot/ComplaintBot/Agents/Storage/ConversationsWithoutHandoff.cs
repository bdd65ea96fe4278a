using System.Collections.Concurrent;

namespace ComplaintBot.Agents.Storage;

/// <summary>
/// The conversations a read found without an active handoff, remembered while this process is the only writer of the
/// handoff queue, so that a customer's next turn need not ask the database again. Each is stamped with how many
/// handoff writes had ended when its read began, and a read that began while one was under way is not remembered:
/// any handoff added or changed since makes every stamp stale. Deleting handoffs (an erasure) needs no notice: a
/// conversation without a handoff stays without one.
/// </summary>
internal sealed class ConversationsWithoutHandoff
{
    /// <summary>The most conversations remembered; beyond it they are all forgotten and read again.</summary>
    private const int MaxRemembered = 16_384;

    private readonly ConcurrentDictionary<string, long> _stamps = new(concurrencyLevel: 64, capacity: MaxRemembered, StringComparer.Ordinal);

    private int _writesUnderway;

    private long _writesEnded;

    /// <summary>Whether a read since the last handoff write found the conversation without an active handoff.</summary>
    public bool IsKnown(string conversationKey)
    {
        // Read in this order: a write that ends between the two reads has already counted itself as ended.
        var underway = Volatile.Read(ref _writesUnderway);
        var ended = Volatile.Read(ref _writesEnded);
        return underway == 0 && _stamps.TryGetValue(conversationKey, out var stamp) && stamp == ended;
    }

    /// <summary>The stamp for a read about to begin; null while a handoff write is under way (its result is then not remembered).</summary>
    public long? StampForRead()
    {
        var underway = Volatile.Read(ref _writesUnderway);
        var ended = Volatile.Read(ref _writesEnded);
        return underway == 0 ? ended : null;
    }

    /// <summary>Remembers that the read stamped <paramref name="stamp"/> found no active handoff in the conversation.</summary>
    public void Remember(string conversationKey, long stamp)
    {
        if (_stamps.Count >= MaxRemembered)
        {
            _stamps.Clear();
        }

        _stamps[conversationKey] = stamp;
    }

    /// <summary>Marks a handoff write under way until the returned scope is disposed, after the write has committed or failed.</summary>
    public IDisposable BeginWrite()
    {
        Interlocked.Increment(ref _writesUnderway);
        return new Write(this);
    }

    private void EndWrite()
    {
        Interlocked.Increment(ref _writesEnded);
        Interlocked.Decrement(ref _writesUnderway);
    }

    private sealed class Write(ConversationsWithoutHandoff owner) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.EndWrite();
            }
        }
    }
}
