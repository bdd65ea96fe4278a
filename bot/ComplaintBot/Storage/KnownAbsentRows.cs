using System.Collections.Concurrent;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.Storage;

/// <summary>
/// The keys a read found no row for — a conversation without an active handoff, or without a check-in awaiting its
/// answer — remembered while this process is the only writer of the table, so that a customer's next turn need not ask
/// the database again. Each is stamped by the table's writes' <see cref="ChangeCounter"/> when its read began: any
/// write since makes every stamp stale, and a read that began during a write is not remembered. A change that can only
/// take rows away (an erasure) needs no notice: a key without a row stays without one.
/// </summary>
internal sealed class KnownAbsentRows
{
    /// <summary>The most keys remembered; beyond it they are all forgotten and read again.</summary>
    private const int MaxRemembered = 16_384;

    private readonly ConcurrentDictionary<string, long> _stamps = new(concurrencyLevel: 64, capacity: MaxRemembered, StringComparer.Ordinal);

    private readonly ChangeCounter _writes = new();

    /// <summary>Marks a write of the table under way until the returned scope is disposed, after it has committed or failed.</summary>
    public IDisposable BeginWrite() => _writes.BeginChange();

    /// <summary>
    /// Runs a lookup by key unless a read since the last write found nothing for it: the answer, remembered when it is
    /// nothing and <paramref name="soleWriter"/> says no other process writes the table.
    /// </summary>
    public async Task<T?> FindAsync<T>(string key, bool soleWriter, Func<Task<T?>> read)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(read);
        if (soleWriter && IsKnown(key))
        {
            return null;
        }

        // Null while a write is under way: what this read finds may be overtaken, so it is not remembered.
        var stamp = _writes.StampForRead();
        var found = await read();
        if (found is null && soleWriter && stamp is { } readStamp)
        {
            Remember(key, readStamp);
        }

        return found;
    }

    /// <summary>Whether a read since the table's last write found no row for the key.</summary>
    private bool IsKnown(string key) =>
        _stamps.TryGetValue(key, out var stamp) && _writes.IsCurrent(stamp);

    /// <summary>Remembers that the read stamped <paramref name="stamp"/> found no row for the key.</summary>
    private void Remember(string key, long stamp)
    {
        if (_stamps.Count >= MaxRemembered)
        {
            _stamps.Clear();
        }

        _stamps[key] = stamp;
    }
}
