namespace ComplaintBot.Agents.Teams;

/// <summary>Which agent account is which Teams user (a table in the bot's database).</summary>
public interface ITeamsAgentLinks
{
    /// <summary>Links (or re-links) an agent to a Teams user, forgetting any earlier chat.</summary>
    /// <exception cref="InvalidOperationException">The Teams user is already linked to another agent.</exception>
    Task LinkAsync(string agentId, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>False when the agent was not linked.</summary>
    Task<bool> UnlinkAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>Whether any agent is linked to a Teams user, so a card in the agents' channel reaches someone.</summary>
    Task<bool> AnyAsync(CancellationToken cancellationToken);

    Task<TeamsAgentLink?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken);

    Task<TeamsAgentLink?> FindByAgentIdAsync(string agentId, CancellationToken cancellationToken);

    /// <summary>Stores the learnt Teams user id, chat and focus of a linked agent.</summary>
    Task UpdateAsync(TeamsAgentLink link, CancellationToken cancellationToken);
}
