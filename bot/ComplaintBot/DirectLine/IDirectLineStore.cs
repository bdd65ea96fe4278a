using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.DirectLine;

/// <summary>Conversations and their activity streams, durable so a widget that reconnects (or a restarted bot) misses nothing.</summary>
public interface IDirectLineStore
{
    Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>Starts the conversation; false when it had already been started (nothing is changed then).</summary>
    Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken);

    /// <summary>
    /// Appends an activity to the conversation's stream, giving it the next id (<c>{conversationId}|{sequence:D7}</c>)
    /// and a timestamp. Returns the stored activity, or null when the conversation does not exist.
    /// </summary>
    Task<Activity?> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>The activities after <paramref name="watermark"/> (at most <paramref name="limit"/>), or null when the conversation does not exist.</summary>
    Task<ActivitySet?> ReadAfterAsync(string conversationId, long watermark, int limit, CancellationToken cancellationToken);
}
