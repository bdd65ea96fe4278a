using System.Text.Json;
using System.Threading.Channels;
using ComplaintBot.Agents.Queue;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// Fans events out to every connected console of this process, and through the <see cref="IAgentEventBus"/> to the
/// consoles of the other instances that share the database (and theirs to ours). Each console has its own bounded
/// buffer; a console that stops reading loses its oldest events (it reloads the queue on reconnect) and never slows
/// the others down.
/// </summary>
public sealed class AgentConsoleFeed : IDisposable
{
    public const string QueueEvent = "queue";
    public const string MessageEvent = "message";
    public const string NoteEvent = "note";

    private const int BufferPerConsole = 256;

    private readonly Lock _gate = new();
    private readonly List<Channel<ConsoleEvent>> _consoles = [];
    private readonly IAgentEventBus _bus;
    private readonly IDisposable _fromOtherInstances;

    public AgentConsoleFeed(IAgentEventBus bus)
    {
        ArgumentNullException.ThrowIfNull(bus);
        _bus = bus;
        _fromOtherInstances = bus.Receive(Deliver);
    }

    /// <summary>Whether any agent console is connected right now.</summary>
    public bool HasSubscribers
    {
        get
        {
            lock (_gate)
            {
                return _consoles.Count > 0;
            }
        }
    }

    /// <summary>Starts receiving events at once; dispose the subscription to stop.</summary>
    public Subscription Subscribe()
    {
        var channel = Channel.CreateBounded<ConsoleEvent>(new BoundedChannelOptions(BufferPerConsole)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_gate)
        {
            _consoles.Add(channel);
        }

        return new Subscription(this, channel);
    }

    /// <summary>Gives an event to this instance's consoles at once and sends it to the other instances'.</summary>
    public void Publish<T>(string kind, T payload)
    {
        var item = new ConsoleEvent(kind, JsonSerializer.Serialize(payload, AgentJson.Options));
        Deliver(item);
        _bus.Send(item);
    }

    public void Dispose() => _fromOtherInstances.Dispose();

    private void Deliver(ConsoleEvent item)
    {
        Channel<ConsoleEvent>[] consoles;
        lock (_gate)
        {
            consoles = [.. _consoles];
        }

        foreach (var console in consoles)
        {
            console.Writer.TryWrite(item);
        }
    }

    private void Remove(Channel<ConsoleEvent> channel)
    {
        lock (_gate)
        {
            _consoles.Remove(channel);
        }
    }

    /// <summary>One console's stream of events.</summary>
    public sealed class Subscription : IDisposable
    {
        private readonly AgentConsoleFeed _feed;
        private readonly Channel<ConsoleEvent> _channel;

        internal Subscription(AgentConsoleFeed feed, Channel<ConsoleEvent> channel)
        {
            _feed = feed;
            _channel = channel;
        }

        public IAsyncEnumerable<ConsoleEvent> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);

        public void Dispose() => _feed.Remove(_channel);
    }
}
