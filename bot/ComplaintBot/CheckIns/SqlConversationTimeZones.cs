using ComplaintBot.Agents.Storage;

namespace ComplaintBot.CheckIns;

/// <summary>The table <c>conversation_time_zones</c>: one row per conversation, written only when the zone changes.</summary>
public sealed class SqlConversationTimeZones(AgentsDatabase database) : IConversationTimeZones
{
    public async Task RememberAsync(string conversationKey, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // Web Chat reports the zone with every message: a read first spares a write (and a commit) when nothing changed.
        if (await FindAsync(conversationKey, cancellationToken) == timeZoneId)
        {
            return;
        }

        await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    INSERT INTO conversation_time_zones (conversation_key, time_zone, updated_at) VALUES (@key, @zone, @now)
                    ON CONFLICT (conversation_key) DO UPDATE SET time_zone = excluded.time_zone, updated_at = excluded.updated_at
                    WHERE conversation_time_zones.time_zone <> excluded.time_zone
                    """;
                AgentsDatabase.Add(command, "@key", conversationKey);
                AgentsDatabase.Add(command, "@zone", timeZoneId);
                AgentsDatabase.Add(command, "@now", now);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<string?> FindAsync(string conversationKey, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT time_zone FROM conversation_time_zones WHERE conversation_key = @key";
        AgentsDatabase.Add(command, "@key", conversationKey);
        return await command.ExecuteScalarAsync(cancellationToken) as string;
    }
}
