using System.Globalization;

namespace ComplaintBot.Protocol.State;

/// <summary>Storage in process memory with the same ETag rules as the durable stores; for unit tests only.</summary>
public sealed class MemoryStorage : IStorage
{
    private readonly Dictionary<string, StoreItem> _items = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _version;

    public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            var found = new Dictionary<string, StoreItem>(StringComparer.Ordinal);
            foreach (var key in keys)
            {
                if (_items.TryGetValue(key, out var item))
                {
                    found[key] = item;
                }
            }

            return Task.FromResult<IReadOnlyDictionary<string, StoreItem>>(found);
        }
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changes);
        lock (_gate)
        {
            foreach (var (key, change) in changes)
            {
                if (change.ETag is { } expected && expected != "*"
                    && (!_items.TryGetValue(key, out var current) || current.ETag != expected))
                {
                    throw StorageConcurrencyException.ForKey(key);
                }
            }

            var etags = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, change) in changes)
            {
                var etag = (++_version).ToString(CultureInfo.InvariantCulture);
                _items[key] = new StoreItem(change.Utf8Json, etag);
                etags[key] = etag;
            }

            return Task.FromResult<IReadOnlyDictionary<string, string>>(etags);
        }
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(keys);
        lock (_gate)
        {
            foreach (var key in keys)
            {
                _items.Remove(key);
            }
        }

        return Task.CompletedTask;
    }
}
