using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.State;
using Npgsql;
using NpgsqlTypes;

namespace ComplaintBot.Storage;

/// <summary>Complaints in the PostgreSQL table <c>complaints</c> (document as jsonb); each write is committed before it returns.</summary>
public sealed class PostgresComplaintStore(PostgresDatabase database, TimeProvider timeProvider) : IComplaintStore
{
    private const string InsertSql = """
        INSERT INTO complaints (reference, channel_id, user_id, status, category, priority, created_at, updated_at, version, document)
        VALUES (@reference, @channel_id, @user_id, @status, @category, @priority, @created_at, @updated_at, @version, @document)
        ON CONFLICT (reference) DO NOTHING
        """;

    private const string UpdateSql = """
        UPDATE complaints SET channel_id = @channel_id, user_id = @user_id, status = @status, category = @category,
            priority = @priority, created_at = @created_at, updated_at = @updated_at, version = @version, document = @document
        WHERE reference = @reference AND version = @expected
        """;

    public async Task<Complaint> AddAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var stored = complaint with { Version = 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(InsertSql, connection);
        AddColumns(command, stored);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new InvalidOperationException($"A complaint with reference '{complaint.Reference}' already exists.");
        }

        return stored;
    }

    public async Task<Complaint?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT document, version FROM complaints WHERE reference = @reference", connection);
        command.Parameters.AddWithValue("reference", reference);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ComplaintDocument.Deserialize(reader.GetString(0), reader.GetInt32(1)) : null;
    }

    public async Task<Complaint> UpdateAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var stored = complaint with { Version = complaint.Version + 1 };
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(UpdateSql, connection);
        AddColumns(command, stored);
        command.Parameters.AddWithValue("expected", complaint.Version);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 1)
        {
            return stored;
        }

        await using var exists = new NpgsqlCommand("SELECT 1 FROM complaints WHERE reference = @reference", connection);
        exists.Parameters.AddWithValue("reference", complaint.Reference);
        throw await exists.ExecuteScalarAsync(cancellationToken) is null
            ? new InvalidOperationException($"There is no complaint with reference '{complaint.Reference}' to update.")
            : new StorageConcurrencyException($"Complaint '{complaint.Reference}' was changed by another writer since version {complaint.Version} was read.");
    }

    public async Task<IReadOnlyList<Complaint>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken)
    {
        ComplaintDocument.Validate(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        return await ComplaintListQuery.RunAsync(command, query, since => since.ToUniversalTime(), cancellationToken);
    }

    private void AddColumns(NpgsqlCommand command, Complaint complaint)
    {
        command.Parameters.AddWithValue("reference", complaint.Reference);
        command.Parameters.AddWithValue("channel_id", complaint.Customer.ChannelId);
        command.Parameters.AddWithValue("user_id", complaint.Customer.UserId);
        command.Parameters.AddWithValue("status", complaint.Status.ToString());
        command.Parameters.AddWithValue("category", complaint.Category.ToString());
        command.Parameters.AddWithValue("priority", complaint.Priority.ToString());
        command.Parameters.AddWithValue("created_at", complaint.CreatedAt.ToUniversalTime());
        command.Parameters.AddWithValue("updated_at", timeProvider.GetUtcNow().ToUniversalTime());
        command.Parameters.AddWithValue("version", complaint.Version);
        command.Parameters.AddWithValue("document", NpgsqlDbType.Jsonb, ComplaintDocument.Serialize(complaint));
    }
}
