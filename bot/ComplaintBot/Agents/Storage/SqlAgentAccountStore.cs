using System.Data.Common;
using System.Globalization;
using ComplaintBot.Agents.Accounts;

namespace ComplaintBot.Agents.Storage;

/// <summary>Agent accounts in the table <c>agents</c>; names are unique regardless of case. An account is added through <see cref="AgentsDatabase.WriteAsync{T}"/>.</summary>
public sealed class SqlAgentAccountStore(AgentsDatabase database) : IAgentAccountStore
{
    private const string Select = "SELECT id, name, languages, skills, password_hash, created_at FROM agents";

    public async Task AddAsync(AgentAccount account, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    INSERT INTO agents (id, name, name_key, languages, skills, password_hash, created_at)
                    VALUES (@id, @name, @name_key, @languages, @skills, @password_hash, @created_at)
                    ON CONFLICT DO NOTHING
                    """;
                AgentsDatabase.Add(command, "@id", account.Id);
                AgentsDatabase.Add(command, "@name", account.Name);
                AgentsDatabase.Add(command, "@name_key", NameKey(account.Name));
                AgentsDatabase.Add(command, "@languages", string.Join(',', account.Languages));
                AgentsDatabase.Add(command, "@skills", string.Join(',', account.Skills));
                AgentsDatabase.Add(command, "@password_hash", account.PasswordHash);
                AgentsDatabase.Add(command, "@created_at", account.CreatedAt);
                return await command.ExecuteNonQueryAsync(token) == 0
                    ? throw new InvalidOperationException($"There is already an agent named '{account.Name}'.")
                    : account;
            },
            cancellationToken);
    }

    public Task<AgentAccount?> FindAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        return FindOneAsync("id", id, cancellationToken);
    }

    public Task<AgentAccount?> FindByNameAsync(string name, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(name);
        return FindOneAsync("name_key", NameKey(name), cancellationToken);
    }

    public async Task<IReadOnlyList<AgentAccount>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select + " ORDER BY name_key";
        return await ReadAllAsync(command, cancellationToken);
    }

    private async Task<AgentAccount?> FindOneAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = Select + $" WHERE {column} = @value";
        AgentsDatabase.Add(command, "@value", value);
        var found = await ReadAllAsync(command, cancellationToken);
        return found.Count == 0 ? null : found[0];
    }

    private static string NameKey(string name) => name.Trim().ToLowerInvariant();

    private static async Task<List<AgentAccount>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var accounts = new List<AgentAccount>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var createdAt = reader.GetValue(5) switch
            {
                DateTime utc => new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)),
                DateTimeOffset at => at,
                var text => DateTimeOffset.Parse((string)text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
            };
            accounts.Add(new AgentAccount
            {
                Id = reader.GetString(0),
                Name = reader.GetString(1),
                Languages = Split(reader.GetString(2)),
                Skills = Split(reader.GetString(3)),
                PasswordHash = reader.GetString(4),
                CreatedAt = createdAt,
            });
        }

        return accounts;
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
