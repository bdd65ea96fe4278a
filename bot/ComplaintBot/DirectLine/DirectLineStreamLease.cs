using System.Threading.Channels;

namespace ComplaintBot.DirectLine;

/// <summary>One socket's hold on its conversation.</summary>
public sealed class DirectLineStreamLease : IDisposable
{
    private readonly DirectLineStreamHub _hub;
    private readonly Channel<bool> _wakeUps = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly CancellationTokenSource _displaced = new();

    internal DirectLineStreamLease(DirectLineStreamHub hub, string conversationId)
    {
        _hub = hub;
        ConversationId = conversationId;
    }

    public string ConversationId { get; }

    /// <summary>Cancelled when a newer socket took the conversation over.</summary>
    public CancellationToken Displaced => _displaced.Token;

    /// <summary>Completes when there may be something new to send (coalesced: many notifications, one wake-up).</summary>
    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) => _wakeUps.Reader.WaitToReadAsync(cancellationToken);

    /// <summary>Consumes the pending wake-up, if any.</summary>
    public void Reset() => _wakeUps.Reader.TryRead(out _);

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    public void Dispose()
    {
        _hub.Release(this);
        _displaced.Dispose();
    }

    internal void Displace()
    {
        try
        {
            _displaced.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The socket had already closed.
        }
    }
}
