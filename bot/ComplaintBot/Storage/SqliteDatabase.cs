using System.Data.Common;
using System.Globalization;
using ComplaintBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage;

/// <summary>
/// The embedded database: one file <c>{DataDirectory}/complaintbot.db</c>, created on first use, in WAL mode with
/// full sync (a committed write is on disk), pooled connections, and a busy timeout so writers queue instead of failing.
/// </summary>
public sealed class SqliteDatabase : StorageDatabase
{
    private const int BusyTimeoutSeconds = 30;

    private readonly string _connectionString;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteDatabase> logger)
        : base(new SchemaMigrator(StorageProvider.Sqlite, timeProvider, logger))
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = Path.GetFullPath(options.Value.SqliteDatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
    }

    public string DatabasePath { get; }

    public override string Description => $"SQLite database {DatabasePath}";

    /// <summary>A timestamp as stored in SQLite: UTC, ISO-8601 with seven fractional digits, so text order is time order.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>Opens a pooled connection to a database whose schema is current.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenConnectionAsync(cancellationToken);
    }

    protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await OpenConnectionAsync(cancellationToken);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = WAL";
        var mode = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (!string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{Description} refused WAL journal mode (it is '{mode}').");
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutSeconds * 1000}; PRAGMA synchronous = FULL";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
