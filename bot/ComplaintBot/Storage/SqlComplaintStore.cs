using System.Data.Common;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Diagnostics;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.Storage;

/// <summary>
/// Complaints in the table <c>complaints</c> of the configured database (SQLite or PostgreSQL; the document as the
/// database's JSON type); each write is committed, on disk, before it returns (through
/// <see cref="StorageDatabase.WriteAsync"/>, which lets SQLite commit concurrent filings together). The complaint a turn
/// adds, reads or changes by its reference becomes that turn's log correlation (<see cref="LogCorrelation.AttachComplaint"/>).
/// </summary>
public sealed class SqlComplaintStore(StorageDatabase database, TimeProvider timeProvider) : IComplaintStore
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
        var added = await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = InsertSql;
                AddColumns(command, stored);
                return await command.ExecuteNonQueryAsync(token) == 0
                    ? throw new ComplaintReferenceTakenException(complaint.Reference)
                    : stored;
            },
            cancellationToken);
        LogCorrelation.Current?.AttachComplaint(added.Reference);
        return added;
    }

    public async Task<Complaint?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        await using var connection = await database.OpenCurrentAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document, version FROM complaints WHERE reference = @reference";
        command.AddParameter("@reference", reference);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        LogCorrelation.Current?.AttachComplaint(reference);
        return ComplaintDocument.Deserialize(reader.GetString(0), reader.GetInt32(1));
    }

    public async Task<Complaint> UpdateAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var stored = complaint with { Version = complaint.Version + 1 };
        var updated = await database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = UpdateSql;
                AddColumns(command, stored);
                command.AddParameter("@expected", complaint.Version);
                if (await command.ExecuteNonQueryAsync(token) == 1)
                {
                    return stored;
                }

                await using var exists = connection.CreateCommand();
                exists.Transaction = transaction;
                exists.CommandText = "SELECT 1 FROM complaints WHERE reference = @reference";
                exists.AddParameter("@reference", complaint.Reference);
                throw await exists.ExecuteScalarAsync(token) is null
                    ? new InvalidOperationException($"There is no complaint with reference '{complaint.Reference}' to update.")
                    : new StorageConcurrencyException($"Complaint '{complaint.Reference}' was changed by another writer since version {complaint.Version} was read.");
            },
            cancellationToken);
        LogCorrelation.Current?.AttachComplaint(updated.Reference);
        return updated;
    }

    public async Task<IReadOnlyList<Complaint>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken)
    {
        ComplaintDocument.Validate(query);
        await using var connection = await database.OpenCurrentAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        return await ComplaintListQuery.RunAsync(command, query, database.Timestamp, cancellationToken);
    }

    private void AddColumns(DbCommand command, Complaint complaint)
    {
        command.AddParameter("@reference", complaint.Reference);
        command.AddParameter("@channel_id", complaint.Customer.ChannelId);
        command.AddParameter("@user_id", complaint.Customer.UserId);
        command.AddParameter("@status", complaint.Status.ToString());
        command.AddParameter("@category", complaint.Category.ToString());
        command.AddParameter("@priority", complaint.Priority.ToString());
        command.AddParameter("@created_at", database.Timestamp(complaint.CreatedAt));
        command.AddParameter("@updated_at", database.Timestamp(timeProvider.GetUtcNow()));
        command.AddParameter("@version", complaint.Version);
        database.AddJsonParameter(command, "@document", ComplaintDocument.Serialize(complaint));
    }
}
