namespace ComplaintBot.Tests.Privacy;

/// <summary>On a SQLite file of the test's own (the host's data folder).</summary>
public sealed class SqlitePersonalDataTests : PersonalDataContractTests
{
    protected override Task<IReadOnlyDictionary<string, string?>> CreateDatabaseAsync()
        => Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>());
}
