using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

[RequiresPostgres]
public sealed class PostgresComplaintStoreTests(PostgresTestDatabase database) : ComplaintStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override IComplaintStore Store { get; } = new SqlComplaintStore(database.Database, TimeProvider.System);
}
