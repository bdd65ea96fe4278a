using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

[RequiresPostgres]
public sealed class PostgresStorageTests : StorageContractTests, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresTestDatabase _database;

    public PostgresStorageTests(PostgresTestDatabase database)
    {
        _database = database;
        Storage = new PostgresStorage(database.Database, Time);
    }

    protected override IStorage Storage { get; }

    protected override async Task<DateTimeOffset> ReadUpdatedAtAsync(string key)
    {
        await using var connection = await _database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM bot_state WHERE key = @key";
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
