using System.Globalization;
using System.Net.WebSockets;
using System.Text.Json;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.DirectLine;

/// <summary>
/// One Direct Line WebSocket: replays the stream after the client's watermark, then sends each new activity set
/// as it is appended, and an empty frame when the socket has been quiet for the keep-alive interval. Frames the
/// client sends are read and ignored (Direct Line clients ping with empty frames).
/// </summary>
public sealed class DirectLineSocketSession
{
    /// <summary>Activities per frame; a longer backlog goes out in several frames.</summary>
    public const int MaxActivitiesPerFrame = 100;

    private static readonly TimeSpan CloseHandshakeTimeout = TimeSpan.FromSeconds(5);

    private readonly IDirectLineStore _store;
    private readonly TimeProvider _time;
    private readonly TimeSpan _keepAliveInterval;

    public DirectLineSocketSession(IDirectLineStore store, TimeProvider time, TimeSpan keepAliveInterval)
    {
        _store = store;
        _time = time;
        _keepAliveInterval = keepAliveInterval;
    }

    public async Task RunAsync(WebSocket socket, DirectLineStreamLease lease, long watermark, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(socket);
        ArgumentNullException.ThrowIfNull(lease);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lease.Displaced);
        var receiving = IgnoreIncomingAsync(socket, stop);
        using (_time.CreateTimer(_ => lease.Wake(), null, _keepAliveInterval, _keepAliveInterval))
        {
            try
            {
                await SendLoopAsync(socket, lease, watermark, stop.Token);
            }
            catch (OperationCanceledException)
            {
                // The client left, a newer socket took over, or the host is stopping.
            }
            catch (WebSocketException)
            {
                // The connection broke; the client reconnects with its watermark.
            }
        }

        var reason = lease.Displaced.IsCancellationRequested ? "collision" : "closing";
        await CloseAsync(socket, receiving, reason);
    }

    private async Task SendLoopAsync(WebSocket socket, DirectLineStreamLease lease, long watermark, CancellationToken cancellationToken)
    {
        var lastFrameAt = _time.GetUtcNow();
        while (true)
        {
            // Take the pending wake-up before reading, so an append that lands during the read wakes the next round.
            lease.Reset();
            var roundStartedAt = _time.GetUtcNow();
            var sentActivities = false;
            while (true)
            {
                var set = await _store.ReadAfterAsync(lease.ConversationId, watermark, MaxActivitiesPerFrame, cancellationToken);
                if (set is null || set.Activities.Count == 0)
                {
                    break;
                }

                await SendFrameAsync(socket, JsonSerializer.SerializeToUtf8Bytes(set, ProtocolJson.Options), cancellationToken);
                watermark = long.Parse(set.Watermark, CultureInfo.InvariantCulture);
                sentActivities = true;
            }

            // Activities count from when the round began: a timer tick during the send must still find the socket idle later.
            if (sentActivities)
            {
                lastFrameAt = roundStartedAt;
            }
            else if (roundStartedAt - lastFrameAt >= _keepAliveInterval)
            {
                await SendFrameAsync(socket, [], cancellationToken);
                lastFrameAt = roundStartedAt;
            }

            await lease.WaitAsync(cancellationToken);
        }
    }

    private static Task SendFrameAsync(WebSocket socket, byte[] utf8Json, CancellationToken cancellationToken) =>
        socket.SendAsync(utf8Json, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);

    private static async Task IgnoreIncomingAsync(WebSocket socket, CancellationTokenSource stop)
    {
        var buffer = new byte[4096];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var frame = await socket.ReceiveAsync(buffer, CancellationToken.None);
                if (frame.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }
            }
        }
        catch (WebSocketException)
        {
            // The connection broke.
        }
        catch (OperationCanceledException)
        {
            // The connection was aborted.
        }
        finally
        {
            await stop.CancelAsync();
        }
    }

    private async Task CloseAsync(WebSocket socket, Task receiving, string reason)
    {
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                var status = reason == "collision" ? WebSocketCloseStatus.PolicyViolation : WebSocketCloseStatus.NormalClosure;
                using var timeout = new CancellationTokenSource(CloseHandshakeTimeout, _time);
                await socket.CloseOutputAsync(status, reason, timeout.Token);
            }

            await receiving.WaitAsync(CloseHandshakeTimeout, _time);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or TimeoutException)
        {
            socket.Abort();
            await receiving;
        }
    }
}
