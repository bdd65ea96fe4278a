using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.Storage;

/// <summary>A real SQLite file in a temporary folder of its own, deleted afterwards.</summary>
public sealed class SqliteTestDatabase : IDisposable
{
    private readonly TestFolder _folder = new();

    public SqliteTestDatabase() => Database = CreateDatabase();

    public string DataDirectory => _folder.Path;

    public SqliteDatabase Database { get; }

    /// <summary>The database, with this process owning the data folder's turn state as the running bot does.</summary>
    public SqliteDatabase Owned()
    {
        Assert.True(Database.TryClaimTurnState(out var problem), problem);
        return Database;
    }

    /// <summary>Another independent <see cref="SqliteDatabase"/> on the same file.</summary>
    public SqliteDatabase CreateDatabase() => new(
        Options.Create(new StorageOptions { DataDirectory = DataDirectory }),
        TimeProvider.System,
        NullLogger<SqliteDatabase>.Instance);

    public void Dispose()
    {
        Database.Dispose();
        _folder.Dispose();
    }
}
