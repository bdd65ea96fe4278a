using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

public sealed class SqliteStorageTests(SqliteTestDatabase database) : StorageContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override IStorage Storage { get; } = new SqliteStorage(database.Database, TimeProvider.System);
}
