using ComplaintBot.Agents.Storage;

namespace ComplaintBot.Agents.Teams;

/// <summary>Handoff cards in the table <c>teams_handoff_cards</c> (migration 0006); each write goes through <see cref="AgentsDatabase.WriteAsync{T}"/>.</summary>
public sealed class SqlTeamsCardStore(AgentsDatabase database) : ITeamsCardStore
{
    public async Task<bool> TryClaimAsync(string handoffId, DateTimeOffset now, DateTimeOffset staleBefore, CancellationToken cancellationToken)
    {
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    INSERT INTO teams_handoff_cards (handoff_id, claimed_at) VALUES (@handoff_id, @now)
                    ON CONFLICT (handoff_id) DO UPDATE SET claimed_at = excluded.claimed_at
                    WHERE teams_handoff_cards.activity_id IS NULL AND teams_handoff_cards.claimed_at < @stale_before
                    """;
                AgentsDatabase.Add(command, "@handoff_id", handoffId);
                AgentsDatabase.Add(command, "@now", now);
                AgentsDatabase.Add(command, "@stale_before", staleBefore);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task SavePostedAsync(TeamsCardAddress card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(card);
        await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = "UPDATE teams_handoff_cards SET conversation_id = @conversation_id, activity_id = @activity_id WHERE handoff_id = @handoff_id";
                AgentsDatabase.Add(command, "@handoff_id", card.HandoffId);
                AgentsDatabase.Add(command, "@conversation_id", card.ConversationId);
                AgentsDatabase.Add(command, "@activity_id", card.ActivityId);
                return await command.ExecuteNonQueryAsync(token);
            },
            cancellationToken);
    }

    public async Task<TeamsCardAddress?> FindAsync(string handoffId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT conversation_id, activity_id FROM teams_handoff_cards WHERE handoff_id = @handoff_id AND activity_id IS NOT NULL";
        AgentsDatabase.Add(command, "@handoff_id", handoffId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new TeamsCardAddress(handoffId, reader.GetString(0), reader.GetString(1))
            : null;
    }
}
