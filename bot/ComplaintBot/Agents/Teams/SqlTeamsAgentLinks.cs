using System.Data.Common;
using ComplaintBot.Agents.Storage;

namespace ComplaintBot.Agents.Teams;

/// <summary>
/// Agent–Teams links in the table <c>teams_agents</c> (migration 0006); object ids are kept in lower case. Each write goes
/// through <see cref="AgentsDatabase.WriteAsync{T}"/>; a link checks, inside its write, that the Teams user is not another agent's.
/// </summary>
public sealed class SqlTeamsAgentLinks(AgentsDatabase database) : ITeamsAgentLinks
{
    private const string Select = "SELECT agent_id, aad_object_id, teams_user_id, chat_conversation_id, focus_handoff_id FROM teams_agents";

    public async Task LinkAsync(string agentId, string aadObjectId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(agentId);
        var objectId = Normalize(aadObjectId);
        await database.WriteAsync(
            async (command, token) =>
            {
                if (await FindOneAsync(command, "aad_object_id", objectId, token) is { } existing && existing.AgentId != agentId)
                {
                    throw new InvalidOperationException("That Teams user is already linked to another agent.");
                }

                command.Parameters.Clear();
                command.CommandText = """
                    INSERT INTO teams_agents (agent_id, aad_object_id, linked_at) VALUES (@agent_id, @aad_object_id, @linked_at)
                    ON CONFLICT (agent_id) DO UPDATE SET aad_object_id = excluded.aad_object_id, linked_at = excluded.linked_at,
                        teams_user_id = NULL, chat_conversation_id = NULL, focus_handoff_id = NULL
                    """;
                AgentsDatabase.Add(command, "@agent_id", agentId);
                AgentsDatabase.Add(command, "@aad_object_id", objectId);
                AgentsDatabase.Add(command, "@linked_at", now);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<bool> AnyAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM teams_agents LIMIT 1";
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<bool> UnlinkAsync(string agentId, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = "DELETE FROM teams_agents WHERE agent_id = @agent_id";
                AgentsDatabase.Add(command, "@agent_id", agentId);
                return await command.ExecuteNonQueryAsync(token) > 0;
            },
            cancellationToken);
    }

    public Task<TeamsAgentLink?> FindByAadObjectIdAsync(string aadObjectId, CancellationToken cancellationToken)
        => FindOneAsync("aad_object_id", Normalize(aadObjectId), cancellationToken);

    public Task<TeamsAgentLink?> FindByAgentIdAsync(string agentId, CancellationToken cancellationToken)
        => FindOneAsync("agent_id", agentId, cancellationToken);

    public async Task UpdateAsync(TeamsAgentLink link, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(link);
        await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE teams_agents SET teams_user_id = @teams_user_id, chat_conversation_id = @chat_conversation_id,
                        focus_handoff_id = @focus_handoff_id
                    WHERE agent_id = @agent_id AND aad_object_id = @aad_object_id
                    """;
                AgentsDatabase.Add(command, "@agent_id", link.AgentId);
                AgentsDatabase.Add(command, "@aad_object_id", Normalize(link.AadObjectId));
                AgentsDatabase.Add(command, "@teams_user_id", link.TeamsUserId);
                AgentsDatabase.Add(command, "@chat_conversation_id", link.ChatConversationId);
                AgentsDatabase.Add(command, "@focus_handoff_id", link.FocusHandoffId);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    /// <summary>An Entra object id is a GUID; it is stored and compared in its lower-case form.</summary>
    /// <exception cref="ArgumentException">Not a GUID.</exception>
    public static string Normalize(string aadObjectId)
        => Guid.TryParse(aadObjectId, out var id)
            ? id.ToString("D")
            : throw new ArgumentException("A Teams user's Microsoft Entra object id is a GUID.", nameof(aadObjectId));

    private async Task<TeamsAgentLink?> FindOneAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        return await FindOneAsync(command, column, value, cancellationToken);
    }

    /// <summary>Reads the link through <paramref name="command"/> (a pooled connection's, or a write's, to check before it changes anything).</summary>
    private static async Task<TeamsAgentLink?> FindOneAsync(DbCommand command, string column, string value, CancellationToken cancellationToken)
    {
        command.CommandText = $"{Select} WHERE {column} = @value";
        AgentsDatabase.Add(command, "@value", value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return new TeamsAgentLink(reader.GetString(0), reader.GetString(1))
        {
            TeamsUserId = OptionalString(reader, 2),
            ChatConversationId = OptionalString(reader, 3),
            FocusHandoffId = OptionalString(reader, 4),
        };
    }

    private static string? OptionalString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
