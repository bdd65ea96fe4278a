using System.Globalization;
using System.Text.Json;
using System.Threading.Channels;
using ComplaintBot.Agents.Console;
using ComplaintBot.Storage;
using Npgsql;

namespace ComplaintBot.Agents.Queue;

/// <summary>
/// The consoles' events between instances over PostgreSQL's LISTEN/NOTIFY on the channel <see cref="Channel"/>.
/// Every instance listens on one connection of its own (and listens again, after a pause, when it drops); events are
/// sent in order by one background writer. A NOTIFY payload holds at most 8000 bytes, so an event travels as one or
/// more numbered parts (<c>instance|event|part|parts|text</c>) sent in one batch and joined again on arrival; an
/// instance ignores its own. Nothing is stored: an instance that was not listening misses the event, as a console
/// that was not connected does (consoles reload the queue when they connect). Idle when the database is SQLite.
/// </summary>
public sealed partial class PostgresAgentEventBus(StorageDatabase database, TimeProvider time, ILogger<PostgresAgentEventBus> logger)
    : BackgroundService, IAgentEventBus
{
    public const string Channel = "complaintbot_agent_events";

    /// <summary>Characters of an event per part: at most 3 UTF-8 bytes each, so a part and its header stay under 8000 bytes.</summary>
    internal const int PartLength = 2500;

    private const int PendingLimit = 256;
    private static readonly TimeSpan ReconnectDelay = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan KeepAliveInterval = TimeSpan.FromSeconds(30);

    private readonly string _instance = Guid.NewGuid().ToString("N");
    private readonly Channel<ConsoleEvent> _outbox = System.Threading.Channels.Channel.CreateBounded<ConsoleEvent>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    private readonly Lock _gate = new();
    private readonly List<Action<ConsoleEvent>> _receivers = [];
    private readonly Dictionary<(string Instance, long Event), string?[]> _pending = [];
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _lastEvent;

    /// <summary>Completes once this instance listens (the first time).</summary>
    public Task Listening => _listening.Task;

    public void Send(ConsoleEvent item) => _outbox.Writer.TryWrite(item);

    public IDisposable Receive(Action<ConsoleEvent> deliver)
    {
        ArgumentNullException.ThrowIfNull(deliver);
        lock (_gate)
        {
            _receivers.Add(deliver);
        }

        return new Receiver(this, deliver);
    }

    /// <summary>The NOTIFY payloads of one event.</summary>
    internal static IReadOnlyList<string> Split(string instance, long eventNumber, string text)
    {
        var parts = new List<string>();
        for (var start = 0; start < text.Length || parts.Count == 0;)
        {
            var length = Math.Min(PartLength, text.Length - start);
            if (length > 0 && start + length < text.Length && char.IsHighSurrogate(text[start + length - 1]))
            {
                length--;
            }

            parts.Add(text.Substring(start, length));
            start += length;
        }

        return [.. parts.Select((part, index) => string.Create(CultureInfo.InvariantCulture, $"{instance}|{eventNumber}|{index}|{parts.Count}|{part}"))];
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database is not PostgresDatabase postgres)
        {
            return;
        }

        await Task.WhenAll(ListenAsync(postgres, stoppingToken), SendAllAsync(postgres, stoppingToken));
    }

    private async Task ListenAsync(PostgresDatabase postgres, CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await postgres.OpenAsync(stoppingToken);
                connection.Notification += (_, notification) => OnNotification(notification.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening.TrySetResult();
                LogListening(logger);
                while (true)
                {
                    if (!await connection.WaitAsync(KeepAliveInterval, stoppingToken))
                    {
                        // Quiet for a while: make sure the connection is still there (a dead one never wakes WaitAsync).
                        await using var ping = new NpgsqlCommand("SELECT 1", connection);
                        await ping.ExecuteNonQueryAsync(stoppingToken);
                    }
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
            {
                LogListenFailed(logger, ex, ReconnectDelay);
            }

            try
            {
                await Task.Delay(ReconnectDelay, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task SendAllAsync(PostgresDatabase postgres, CancellationToken stoppingToken)
    {
        try
        {
            while (await _outbox.Reader.WaitToReadAsync(stoppingToken))
            {
                while (_outbox.Reader.TryRead(out var item))
                {
                    await SendAsync(postgres, item, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: events still in the outbox are for consoles that are going away too.
        }
    }

    private async Task SendAsync(PostgresDatabase postgres, ConsoleEvent item, CancellationToken cancellationToken)
    {
        try
        {
            var parts = Split(_instance, Interlocked.Increment(ref _lastEvent), JsonSerializer.Serialize(item, AgentJson.Options));
            await using var connection = await postgres.OpenAsync(cancellationToken);
            await using var batch = new NpgsqlBatch(connection);
            foreach (var part in parts)
            {
                var command = new NpgsqlBatchCommand("SELECT pg_notify($1, $2)");
                command.Parameters.Add(new NpgsqlParameter { Value = Channel });
                command.Parameters.Add(new NpgsqlParameter { Value = part });
                batch.BatchCommands.Add(command);
            }

            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException or TimeoutException)
        {
            LogSendFailed(logger, ex, item.Kind);
        }
    }

    private void OnNotification(string payload)
    {
        var fields = payload.Split('|', 5);
        if (fields.Length != 5 || fields[0] == _instance
            || !long.TryParse(fields[1], CultureInfo.InvariantCulture, out var eventNumber)
            || !int.TryParse(fields[2], CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(fields[3], CultureInfo.InvariantCulture, out var count)
            || count < 1 || index < 0 || index >= count)
        {
            return;
        }

        string? whole;
        Action<ConsoleEvent>[] receivers;
        lock (_gate)
        {
            whole = Join((fields[0], eventNumber), index, count, fields[4]);
            receivers = [.. _receivers];
        }

        var item = whole is null ? null : JsonSerializer.Deserialize<ConsoleEvent>(whole, AgentJson.Options);
        if (item is null)
        {
            return;
        }

        foreach (var deliver in receivers)
        {
            deliver(item);
        }
    }

    /// <summary>The whole event once its last part arrived, else null (keeps the part).</summary>
    private string? Join((string Instance, long Event) key, int index, int count, string part)
    {
        if (count == 1)
        {
            return part;
        }

        if (!_pending.TryGetValue(key, out var parts))
        {
            if (_pending.Count >= PendingLimit)
            {
                _pending.Remove(_pending.Keys.First());
            }

            parts = new string?[count];
            _pending[key] = parts;
        }

        parts[index] = part;
        if (parts.Any(p => p is null))
        {
            return null;
        }

        _pending.Remove(key);
        return string.Concat(parts);
    }

    private void Remove(Action<ConsoleEvent> deliver)
    {
        lock (_gate)
        {
            _receivers.Remove(deliver);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Listening for other instances' console events on PostgreSQL")]
    private static partial void LogListening(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost the PostgreSQL connection that listens for other instances' console events; listening again in {Delay}")]
    private static partial void LogListenFailed(ILogger logger, Exception exception, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not tell the other instances about a console event ({Kind})")]
    private static partial void LogSendFailed(ILogger logger, Exception exception, string kind);

    private sealed class Receiver(PostgresAgentEventBus bus, Action<ConsoleEvent> deliver) : IDisposable
    {
        public void Dispose() => bus.Remove(deliver);
    }
}
