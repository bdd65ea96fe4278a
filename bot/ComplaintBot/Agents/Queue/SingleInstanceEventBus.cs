using ComplaintBot.Agents.Console;

namespace ComplaintBot.Agents.Queue;

/// <summary>The bus of a bot that runs alone (SQLite is one process's database): there is no other instance to tell.</summary>
public sealed class SingleInstanceEventBus : IAgentEventBus
{
    public void Send(ConsoleEvent item)
    {
    }

    public IDisposable Receive(Action<ConsoleEvent> deliver) => new NoReceiver();

    private sealed class NoReceiver : IDisposable
    {
        public void Dispose()
        {
        }
    }
}
