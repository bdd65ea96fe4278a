using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Protocol.State;

/// <summary>
/// A JSON document per conversation (or user) in <see cref="IStorage"/>, loaded once per turn and saved at its end
/// with the ETag it was read with, so two turns racing on one conversation cannot silently overwrite each other.
/// Each property is a typed record serialized under its own name.
/// </summary>
/// <remarks>
/// A turn that saved leaves its typed values behind for the conversation's next turn: when storage still holds the
/// ETag they were saved with, that turn takes them over instead of reading, parsing and deserializing the same
/// document again. The ETag is read, so a write by another process or instance is always seen — unless storage is
/// this process's alone (<see cref="IStorage.IsSoleWriter"/>), and no change to it outside this state was announced
/// (<see cref="BeginStorageChange"/>) since the values were read. A turn takes them for itself, so two turns never
/// share them, and a turn that fails before it saves leaves nothing behind.
/// </remarks>
public abstract class BotState
{
    /// <summary>The most saved states kept for their next turn; beyond it they are all dropped and read again.</summary>
    private const int MaxSavedStates = 4096;

    private readonly IStorage _storage;
    private readonly string _cacheKey;

    /// <summary>
    /// The saved states, in many lock stripes and at full size from the start: every turn takes one and leaves one, and
    /// growing the table takes every stripe at once.
    /// </summary>
    private readonly ConcurrentDictionary<string, CachedState> _saved = new(concurrencyLevel: 64, capacity: MaxSavedStates, StringComparer.Ordinal);

    /// <summary>The announced changes to storage outside this state (<see cref="BeginStorageChange"/>).</summary>
    private readonly ChangeCounter _outsideChanges = new();

    protected BotState(IStorage storage, string name)
    {
        _storage = storage;
        _cacheKey = "state:" + name;
    }

    /// <summary>The storage key of this state for the turn's activity.</summary>
    protected abstract string GetStorageKey(ITurnContext turnContext);

    public IStatePropertyAccessor<T> CreateProperty<T>(string name)
        where T : class => new PropertyAccessor<T>(this, name);

    /// <summary>Loads the state for this turn (once; later calls reuse it unless <paramref name="force"/>).</summary>
    public async Task LoadAsync(ITurnContext turnContext, bool force = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        if (!force && turnContext.TurnState.Get<CachedState>(_cacheKey) is not null)
        {
            return;
        }

        var stamp = _outsideChanges.StampForRead();
        var key = GetStorageKey(turnContext);
        var cached = _saved.TryRemove(key, out var saved) && await IsCurrentAsync(key, saved, cancellationToken).ConfigureAwait(false)
            ? saved
            : await ReadAsync(key, cancellationToken).ConfigureAwait(false);
        cached.Stamp = stamp;
        turnContext.TurnState.Set(_cacheKey, cached);
    }

    /// <summary>Writes the state back if it changed during the turn.</summary>
    /// <exception cref="StorageConcurrencyException">Another turn changed the same state since it was loaded.</exception>
    public async Task SaveChangesAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var cached = turnContext.TurnState.Get<CachedState>(_cacheKey);
        if (cached is null)
        {
            return;
        }

        var key = GetStorageKey(turnContext);
        var json = cached.ToUtf8Json();
        if (!json.AsSpan().SequenceEqual(cached.OriginalJson.Span))
        {
            var etags = await _storage.WriteAsync(
                new Dictionary<string, StoreItem> { [key] = new StoreItem(json, cached.ETag ?? "*") },
                cancellationToken).ConfigureAwait(false);
            cached.ETag = etags.TryGetValue(key, out var etag) ? etag : null;
            cached.OriginalJson = json;
        }

        LeaveForNextTurn(key, cached);
    }

    /// <summary>Forgets the state of this turn's conversation (or user), in storage too.</summary>
    public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        turnContext.TurnState.Set(_cacheKey, new CachedState(null, null, default));
        var key = GetStorageKey(turnContext);
        _saved.TryRemove(key, out _);
        await _storage.DeleteAsync([key], cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Announces a change to this state's documents made outside it (personal data erased or expired in storage): until
    /// the returned scope is disposed, and for every value read before it is, a turn checks the stored ETag before it
    /// takes over a saved state. Every saved state kept in memory is dropped when the change begins and again when it
    /// ends, so no copy outlives the stored document; the next turn of each conversation reads its document again.
    /// </summary>
    public IDisposable BeginStorageChange()
    {
        var change = _outsideChanges.BeginChange();
        _saved.Clear();
        return new StorageChange(this, change);
    }

    /// <summary>
    /// Whether a saved state is still what storage holds: without asking, when storage is this process's alone and no
    /// announced change could have touched it; otherwise by its ETag.
    /// </summary>
    private async ValueTask<bool> IsCurrentAsync(string key, CachedState saved, CancellationToken cancellationToken) =>
        (_storage.IsSoleWriter && _outsideChanges.IsCurrent(saved.Stamp))
        || await _storage.ReadETagAsync(key, cancellationToken).ConfigureAwait(false) == saved.ETag;

    private void LeaveForNextTurn(string key, CachedState cached)
    {
        if (cached.ETag is null)
        {
            return;
        }

        if (_saved.Count >= MaxSavedStates)
        {
            _saved.Clear();
        }

        _saved[key] = cached;
    }

    private async Task<CachedState> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var items = await _storage.ReadAsync([key], cancellationToken).ConfigureAwait(false);
        return items.TryGetValue(key, out var item) ? new CachedState(ParseObject(item.Utf8Json), item.ETag, item.Utf8Json) : new CachedState(null, null, default);
    }

    private async Task<CachedState> GetCachedAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        await LoadAsync(turnContext, force: false, cancellationToken).ConfigureAwait(false);
        return turnContext.TurnState.Get<CachedState>(_cacheKey)!;
    }

    /// <summary>The stored document's root object, copied out of the parser's pooled buffers; null when it is not an object.</summary>
    private static JsonElement? ParseObject(ReadOnlyMemory<byte> json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
    }

    /// <summary>
    /// A turn's view of the state: the stored properties as read, the typed values handed out (serialized again at
    /// save, since they may have been changed in place) and the properties deleted. Saving writes the stored
    /// properties in their stored order, each replaced by its typed value when there is one, then the new ones.
    /// </summary>
    private sealed class CachedState(JsonElement? stored, string? etag, ReadOnlyMemory<byte> originalJson)
    {
        /// <summary>The largest serialization buffer a thread keeps for its next save.</summary>
        private const int MaxKeptJsonBuffer = 256 * 1024;

        /// <summary>Each thread's buffer and writer for serializing a state (<see cref="ToUtf8Json"/> runs on one thread from start to end).</summary>
        [ThreadStatic]
        private static ArrayBufferWriter<byte>? t_jsonBuffer;

        [ThreadStatic]
        private static Utf8JsonWriter? t_jsonWriter;

        private readonly HashSet<string> _deleted = new(StringComparer.Ordinal);

        public string? ETag { get; set; } = etag;

        /// <summary>The <see cref="ChangeCounter"/> stamp of this turn's load: null when a change outside the state was under way.</summary>
        public long? Stamp { get; set; }

        /// <summary>The document as last read or saved (empty when there is none), to tell whether this turn changed it.</summary>
        public ReadOnlyMemory<byte> OriginalJson { get; set; } = originalJson;

        /// <summary>The typed values handed out this turn; they may be changed in place, so they are serialized at save.</summary>
        public Dictionary<string, object> Live { get; } = new(StringComparer.Ordinal);

        public bool TryGetStored(string name, out JsonElement value)
        {
            value = default;
            return !_deleted.Contains(name) && stored is { } root && root.TryGetProperty(name, out value);
        }

        public void Delete(string name)
        {
            Live.Remove(name);
            _deleted.Add(name);
        }

        /// <summary>The state's document, in an array of its own: it is handed to storage and kept as <see cref="OriginalJson"/>.</summary>
        public byte[] ToUtf8Json()
        {
            var buffer = t_jsonBuffer ??= new ArrayBufferWriter<byte>(4096);
            var writer = t_jsonWriter ??= new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ProtocolJson.Options.Encoder, SkipValidation = true });
            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            if (stored is { } root)
            {
                foreach (var property in root.EnumerateObject())
                {
                    if (Live.TryGetValue(property.Name, out var live))
                    {
                        WriteLive(writer, property.Name, live);
                    }
                    else if (!_deleted.Contains(property.Name))
                    {
                        property.WriteTo(writer);
                    }
                }
            }

            foreach (var (name, value) in Live)
            {
                if (stored is not { } storedRoot || !storedRoot.TryGetProperty(name, out _))
                {
                    WriteLive(writer, name, value);
                }
            }

            writer.WriteEndObject();
            writer.Flush();
            var json = buffer.WrittenSpan.ToArray();
            if (buffer.Capacity > MaxKeptJsonBuffer)
            {
                // An unusually large state does not keep its buffer on the thread for good.
                t_jsonBuffer = null;
                t_jsonWriter = null;
            }

            return json;
        }

        private static void WriteLive(Utf8JsonWriter writer, string name, object value)
        {
            writer.WritePropertyName(name);
            JsonSerializer.Serialize(writer, value, value.GetType(), ProtocolJson.Options);
        }
    }

    /// <summary>An announced change: at its end the saved states kept meanwhile are dropped too, then the change counts as ended.</summary>
    private sealed class StorageChange(BotState state, IDisposable change) : IDisposable
    {
        public void Dispose()
        {
            state._saved.Clear();
            change.Dispose();
        }
    }

    private sealed class PropertyAccessor<T>(BotState state, string name) : IStatePropertyAccessor<T>
        where T : class
    {
        public async Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultFactory, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            ArgumentNullException.ThrowIfNull(defaultFactory);
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            if (cached.Live.TryGetValue(name, out var live) && live is T typed)
            {
                return typed;
            }

            var value = cached.TryGetStored(name, out var stored) ? stored.Deserialize<T>(ProtocolJson.Options) : null;
            value ??= defaultFactory();
            cached.Live[name] = value;
            return value;
        }

        public async Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            ArgumentNullException.ThrowIfNull(value);
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            cached.Live[name] = value;
        }

        public async Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            ArgumentNullException.ThrowIfNull(turnContext);
            var cached = await state.GetCachedAsync(turnContext, cancellationToken).ConfigureAwait(false);
            cached.Delete(name);
        }
    }
}
