using System.Collections.Concurrent;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.Agents.Storage;

/// <summary>
/// The conversations a read found without an active handoff, remembered while this process is the only writer of the
/// handoff queue, so that a customer's next turn need not ask the database again. Each is stamped by the handoff
/// writes' <see cref="ChangeCounter"/> when its read began: any handoff added or changed since makes every stamp
/// stale, and a read that began during such a write is not remembered. Deleting handoffs (an erasure) needs no
/// notice: a conversation without a handoff stays without one.
/// </summary>
internal sealed class ConversationsWithoutHandoff
{
    /// <summary>The most conversations remembered; beyond it they are all forgotten and read again.</summary>
    private const int MaxRemembered = 16_384;

    private readonly ConcurrentDictionary<string, long> _stamps = new(concurrencyLevel: 64, capacity: MaxRemembered, StringComparer.Ordinal);

    private readonly ChangeCounter _writes = new();

    /// <summary>Whether a read since the last handoff write found the conversation without an active handoff.</summary>
    public bool IsKnown(string conversationKey) =>
        _stamps.TryGetValue(conversationKey, out var stamp) && _writes.IsCurrent(stamp);

    /// <summary>The stamp for a read about to begin; null while a handoff write is under way (its result is then not remembered).</summary>
    public long? StampForRead() => _writes.StampForRead();

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
    public IDisposable BeginWrite() => _writes.BeginChange();
}
