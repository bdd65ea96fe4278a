using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

[RequiresPostgres]
public sealed class PostgresStorageTests(PostgresTestDatabase database) : StorageContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override IStorage Storage { get; } = new PostgresStorage(database.Database, TimeProvider.System);
}
