using System.Data.Common;
using System.Text.Json;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Agents.Storage;

/// <summary>
/// The handoff queue in the table <c>handoffs</c>; each write is committed, on disk, before it returns. While this
/// process is the queue's only writer (<see cref="AgentsDatabase.IsSoleWriter"/>), a conversation found without an
/// active handoff is not looked up again until a handoff is written (<see cref="KnownAbsentRows"/>).
/// </summary>
public sealed class SqlHandoffStore(AgentsDatabase database) : IHandoffStore
{
    private const string Columns = "id, complaint_reference, conversation_key, status, agent_id, priority, language, requested_at, accepted_at, version, document";
    private const string Values = "@id, @complaint_reference, @conversation_key, @status, @agent_id, @priority, @language, @requested_at, @accepted_at, @version, @document";
    private const string ActiveStatuses = "('Waiting', 'Accepted')";

    private readonly KnownAbsentRows _withoutHandoff = new();

    public async Task<HandoffTicket> AddAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var stored = ticket with { Version = 1 };
        using var write = _withoutHandoff.BeginWrite();
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"INSERT INTO handoffs ({Columns}) VALUES ({Values}) ON CONFLICT DO NOTHING";
                AddColumns(command, stored);
                return await command.ExecuteNonQueryAsync(token) == 0
                    ? throw new InvalidOperationException($"Handoff '{ticket.Id}' exists, or its conversation already has an active handoff.")
                    : stored;
            },
            cancellationToken);
    }

    public Task<HandoffTicket?> FindAsync(string id, CancellationToken cancellationToken)
        => FindOneAsync("id = @id", "@id", id, cancellationToken);

    public Task<HandoffTicket?> FindActiveAsync(string conversationKey, CancellationToken cancellationToken) =>
        _withoutHandoff.FindAsync(
            conversationKey,
            database.IsSoleWriter,
            () => FindOneAsync($"conversation_key = @key AND status IN {ActiveStatuses}", "@key", conversationKey, cancellationToken));

    public async Task<IReadOnlyList<HandoffTicket>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT document, version FROM handoffs WHERE status IN {ActiveStatuses} ORDER BY priority DESC, requested_at, id";
        return await ReadAllAsync(command, cancellationToken);
    }

    public async Task<HandoffTicket> UpdateAsync(HandoffTicket ticket, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        var stored = ticket with { Version = ticket.Version + 1 };
        using var write = _withoutHandoff.BeginWrite();
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    UPDATE handoffs SET complaint_reference = @complaint_reference, conversation_key = @conversation_key, status = @status,
                        agent_id = @agent_id, priority = @priority, language = @language, requested_at = @requested_at,
                        accepted_at = @accepted_at, version = @version, document = @document
                    WHERE id = @id AND version = @expected
                    """;
                AddColumns(command, stored);
                AgentsDatabase.Add(command, "@expected", ticket.Version);
                return await command.ExecuteNonQueryAsync(token) == 1
                    ? stored
                    : throw new StorageConcurrencyException($"Handoff '{ticket.Id}' was changed by another writer since version {ticket.Version} was read.");
            },
            cancellationToken);
    }

    private async Task<HandoffTicket?> FindOneAsync(string where, string parameter, string value, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(value);
        var found = await database.ReadAsync(
            $"SELECT document, version FROM handoffs WHERE {where}",
            (command, token) =>
            {
                AgentsDatabase.Add(command, parameter, value);
                return ReadAllAsync(command, token);
            },
            cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private static async Task<List<HandoffTicket>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var tickets = new List<HandoffTicket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var ticket = JsonSerializer.Deserialize<HandoffTicket>(reader.GetString(0), AgentJson.Options)
                ?? throw new JsonException("A stored handoff document is null.");
            tickets.Add(ticket with { Version = reader.GetInt32(1) });
        }

        return tickets;
    }

    private static void AddColumns(DbCommand command, HandoffTicket ticket)
    {
        AgentsDatabase.Add(command, "@id", ticket.Id);
        AgentsDatabase.Add(command, "@complaint_reference", ticket.ComplaintReference);
        AgentsDatabase.Add(command, "@conversation_key", ticket.ConversationKey);
        AgentsDatabase.Add(command, "@status", ticket.Status.ToString());
        AgentsDatabase.Add(command, "@agent_id", ticket.AgentId);
        AgentsDatabase.Add(command, "@priority", ticket.Priority);
        AgentsDatabase.Add(command, "@language", ticket.Language);
        AgentsDatabase.Add(command, "@requested_at", ticket.RequestedAt);
        AgentsDatabase.Add(command, "@accepted_at", ticket.AcceptedAt);
        AgentsDatabase.Add(command, "@version", ticket.Version);
        AgentsDatabase.AddJson(command, "@document", JsonSerializer.Serialize(ticket, AgentJson.Options));
    }
}
