using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

[RequiresPostgres]
public sealed class PostgresStorageTests(PostgresTestDatabase database)
    : StorageContractTests(time => new PostgresStorage(database.Database, time)), IClassFixture<PostgresTestDatabase>
{
    protected override async Task<DateTimeOffset> ReadUpdatedAtAsync(string key)
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM bot_state WHERE key = @key";
        command.Parameters.AddWithValue("key", key);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return reader.GetFieldValue<DateTimeOffset>(0);
    }
}
