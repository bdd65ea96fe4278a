namespace ComplaintBot.Agents.Accounts;

/// <summary>Where agent accounts live (a table in the bot's database).</summary>
public interface IAgentAccountStore
{
    /// <exception cref="InvalidOperationException">The name is already taken.</exception>
    Task AddAsync(AgentAccount account, CancellationToken cancellationToken);

    /// <summary>The account with this id (for an agent who signs in with Entra ID: their object id).</summary>
    Task<AgentAccount?> FindAsync(string id, CancellationToken cancellationToken);

    Task<AgentAccount?> FindByNameAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken);
}
