using System.Collections.Concurrent;

namespace ComplaintBot.DirectLine;

/// <summary>
/// The open WebSockets of this process, one per conversation: wakes a conversation's socket when its stream grows,
/// and takes the socket over when the widget connects again (the older one is told "collision").
/// </summary>
public sealed class DirectLineStreamHub
{
    private readonly ConcurrentDictionary<string, DirectLineStreamLease> _leases = new(StringComparer.Ordinal);

    /// <summary>Makes the caller the conversation's one socket; a socket that held it before is displaced.</summary>
    public DirectLineStreamLease Attach(string conversationId)
    {
        var lease = new DirectLineStreamLease(this, conversationId);
        _leases.AddOrUpdate(conversationId, lease, (_, previous) =>
        {
            previous.Displace();
            return lease;
        });
        return lease;
    }

    /// <summary>Tells the conversation's socket, if one is open here, that new activities are waiting.</summary>
    public void Notify(string conversationId)
    {
        if (_leases.TryGetValue(conversationId, out var lease))
        {
            lease.Wake();
        }
    }

    internal void Release(DirectLineStreamLease lease) =>
        _leases.TryRemove(new KeyValuePair<string, DirectLineStreamLease>(lease.ConversationId, lease));
}
