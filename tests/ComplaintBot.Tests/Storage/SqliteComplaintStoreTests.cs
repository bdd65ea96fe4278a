using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

public sealed class SqliteComplaintStoreTests(SqliteTestDatabase database) : ComplaintStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override IComplaintStore Store { get; } = new SqlComplaintStore(database.Database, TimeProvider.System);
}
