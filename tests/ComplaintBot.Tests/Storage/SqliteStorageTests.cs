using System.Globalization;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

public sealed class SqliteStorageTests(SqliteTestDatabase database)
    : StorageContractTests(time => new SqliteStorage(database.Database, time)), IClassFixture<SqliteTestDatabase>
{
    [Fact]
    public async Task Write_StoresTheDocumentAsText_SoSqlJsonFunctionsReadIt()
    {
        var key = "test/conversations/" + Guid.NewGuid().ToString("N");
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"userId":"dl_42"}""") });

        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT typeof(json), json_extract(json, '$.userId') FROM bot_state WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.True(await reader.ReadAsync());
        Assert.Equal("text", reader.GetString(0));
        Assert.Equal("dl_42", reader.GetString(1));
    }

    protected override async Task<DateTimeOffset> ReadUpdatedAtAsync(string key)
    {
        await using var connection = await database.Database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT updated_at FROM bot_state WHERE key = @key";
        command.Parameters.AddWithValue("@key", key);
        var stamp = (string)(await command.ExecuteScalarAsync())!;
        return DateTimeOffset.Parse(stamp, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
    }
}
