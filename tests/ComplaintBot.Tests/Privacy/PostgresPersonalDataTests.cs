using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.Privacy;

/// <summary>On a PostgreSQL database of the test's own (skipped without <c>COMPLAINTBOT_TEST_POSTGRES</c>).</summary>
[RequiresPostgres]
public sealed class PostgresPersonalDataTests : PersonalDataContractTests
{
    private readonly PostgresTestDatabase _database = new();

    protected override async Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
    {
        await _database.InitializeAsync();
        return new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
        };
    }

    protected override Task DropDatabaseAsync() => _database.DisposeAsync();
}
