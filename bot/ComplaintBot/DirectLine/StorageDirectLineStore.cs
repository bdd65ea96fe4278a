using System.Globalization;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.DirectLine;

/// <summary>
/// <see cref="IDirectLineStore"/> over the bot's <see cref="IStorage"/>: one document per conversation (its owner and
/// newest sequence number) and one per activity. An append writes both in one all-or-nothing write guarded by the
/// conversation's ETag, so two processes sharing a database never hand out the same id.
/// </summary>
public sealed class StorageDirectLineStore : IDirectLineStore
{
    private const int MaxAppendAttempts = 5;
    private const int LockStripes = 64;

    private readonly IStorage _storage;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim[] _locks = Enumerable.Range(0, LockStripes).Select(_ => new SemaphoreSlim(1, 1)).ToArray();

    public StorageDirectLineStore(IStorage storage, TimeProvider time)
    {
        _storage = storage;
        _time = time;
    }

    public static string ActivityId(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{conversationId}|{sequence:D7}");

    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken)
    {
        var (conversation, _) = await ReadConversationAsync(conversationId, cancellationToken);
        return conversation;
    }

    public async Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        var gate = LockFor(conversation.Id);
        await gate.WaitAsync(cancellationToken);
        try
        {
            if ((await ReadConversationAsync(conversation.Id, cancellationToken)).Conversation is not null)
            {
                return false;
            }

            await _storage.WriteAsync(
                new Dictionary<string, StoreItem> { [ConversationKey(conversation.Id)] = new(ProtocolJson.Serialize(conversation)) },
                cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var gate = LockFor(conversationId);
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var (conversation, etag) = await ReadConversationAsync(conversationId, cancellationToken);
                if (conversation is null)
                {
                    return null;
                }

                var sequence = conversation.LastSequence + 1;
                var stored = activity.Clone();
                stored.Id = ActivityId(conversationId, sequence);
                stored.Timestamp = _time.GetUtcNow();
                var changes = new Dictionary<string, StoreItem>
                {
                    [ConversationKey(conversationId)] = new(ProtocolJson.Serialize(conversation with { LastSequence = sequence }), etag),
                    [ActivityKey(conversationId, sequence)] = new(ProtocolJson.Serialize(stored)),
                };
                try
                {
                    await _storage.WriteAsync(changes, cancellationToken);
                    return stored;
                }
                catch (StorageConcurrencyException) when (attempt < MaxAppendAttempts)
                {
                    // Another process appended first; read the new sequence number and try again.
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task<ActivitySet?> ReadAfterAsync(string conversationId, long watermark, int limit, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var (conversation, _) = await ReadConversationAsync(conversationId, cancellationToken);
        if (conversation is null)
        {
            return null;
        }

        var from = Math.Clamp(watermark, 0, conversation.LastSequence);
        var to = Math.Min(conversation.LastSequence, from + limit);
        if (to == from)
        {
            return new ActivitySet([], Watermark(from));
        }

        var keys = new List<string>();
        for (var sequence = from + 1; sequence <= to; sequence++)
        {
            keys.Add(ActivityKey(conversationId, sequence));
        }

        var items = await _storage.ReadAsync(keys, cancellationToken);
        var activities = new List<Activity>(keys.Count);
        foreach (var key in keys)
        {
            if (items.TryGetValue(key, out var item) && ProtocolJson.Deserialize<Activity>(item.Utf8Json.Span) is { } stored)
            {
                activities.Add(stored);
            }
        }

        return new ActivitySet(activities, Watermark(to));
    }

    private static string Watermark(long sequence) => sequence.ToString(CultureInfo.InvariantCulture);

    /// <summary>The storage key of a conversation's document (owner, newest sequence number).</summary>
    public static string ConversationKey(string conversationId) => $"directline/{conversationId}";

    /// <summary>The storage key of one activity of a conversation.</summary>
    public static string ActivityKey(string conversationId, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"directline/{conversationId}/{sequence:D7}");

    private async Task<(DirectLineConversation? Conversation, string? ETag)> ReadConversationAsync(string conversationId, CancellationToken cancellationToken)
    {
        var key = ConversationKey(conversationId);
        var items = await _storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item)
            ? (ProtocolJson.Deserialize<DirectLineConversation>(item.Utf8Json.Span), item.ETag)
            : (null, null);
    }

    private SemaphoreSlim LockFor(string conversationId) =>
        _locks[(int)((uint)StringComparer.Ordinal.GetHashCode(conversationId) % LockStripes)];
}
