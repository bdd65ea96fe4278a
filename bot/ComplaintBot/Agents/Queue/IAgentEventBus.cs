using ComplaintBot.Agents.Console;

namespace ComplaintBot.Agents.Queue;

/// <summary>
/// Carries the consoles' events between the bot instances that share one database, so a console connected to any
/// instance sees a handoff queued, or a customer's message relayed, on any other. The instance that publishes an
/// event has already given it to its own consoles (<see cref="AgentConsoleFeed"/>).
/// </summary>
public interface IAgentEventBus
{
    /// <summary>Sends an event of this instance to the others; never blocks, never throws.</summary>
    void Send(ConsoleEvent item);

    /// <summary>Calls <paramref name="deliver"/> with every event another instance sends, until disposed.</summary>
    IDisposable Receive(Action<ConsoleEvent> deliver);
}
