using System.Data.Common;
using System.Globalization;
using ComplaintBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage;

/// <summary>
/// The embedded database: one file <c>{DataDirectory}/complaintbot.db</c>, created on first use, in WAL mode, with
/// pooled connections for readers and one writer that commits concurrent writes together
/// (<see cref="SqliteGroupCommit"/>). Readers open pooled connections as they are; the writer's connection (and the
/// migrator's) commits with the <see cref="SqliteSynchronous"/> its writes need — full, on disk before returning,
/// unless asked otherwise — and has a busy timeout, so a writer from another process makes it queue instead of fail.
/// </summary>
public sealed class SqliteDatabase : StorageDatabase
{
    private const int BusyTimeoutSeconds = 30;

    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 30000; ";

    private readonly string _connectionString;

    private readonly SqliteGroupCommit _writer;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteDatabase> logger)
        : base(new SchemaMigrator(StorageProvider.Sqlite, timeProvider, logger))
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = Path.GetFullPath(options.Value.SqliteDatabasePath);
        StateSynchronous = options.Value.SqliteStateSynchronous;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        }.ToString();
        _writer = new SqliteGroupCommit(OpenConnectionAsync);
    }

    public string DatabasePath { get; }

    /// <summary>How turn-state writes commit (<see cref="StorageOptions.SqliteStateSynchronous"/>).</summary>
    public SqliteSynchronous StateSynchronous { get; }

    public override string Description => $"SQLite database {DatabasePath}";

    /// <summary>A timestamp as stored in SQLite: UTC, ISO-8601 with seven fractional digits, so text order is time order.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    /// <summary>The statement that makes a connection commit as <paramref name="synchronous"/> says.</summary>
    internal static string SynchronousPragma(SqliteSynchronous synchronous) =>
        synchronous == SqliteSynchronous.Full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL";

    public override object Timestamp(DateTimeOffset value) => FormatTimestamp(value);

    public override void AddJsonParameter(DbCommand command, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new SqliteParameter(name, json));
    }

    /// <summary>
    /// Opens a pooled connection for reading, to a database whose schema is current. Writes go through
    /// <see cref="WriteAsync{T}(SqliteSynchronous, Func{SqliteConnection, SqliteTransaction, CancellationToken, Task{T}}, CancellationToken)"/>,
    /// so a reader sets none of the writer's pragmas: in WAL mode it never waits for the writer, and never commits.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> through the database's one writer and returns its result once the commit that holds
    /// it is done as <paramref name="synchronous"/> asks (or more strictly, when it shares the commit with a durable write).
    /// </summary>
    public async Task<T> WriteAsync<T>(
        SqliteSynchronous synchronous,
        Func<SqliteConnection, SqliteTransaction, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _writer.WriteAsync(synchronous, work, cancellationToken);
    }

    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(SqliteSynchronous.Full, (connection, transaction, token) => work(connection, transaction, token), cancellationToken);
    }

    protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await OpenConnectionAsync(SqliteSynchronous.Full, cancellationToken);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenConnectionAsync(SqliteSynchronous.Full, cancellationToken);
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
            _writer.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }

    /// <summary>Pooled connections keep their pragmas, so each open sets both, whatever the last user chose.</summary>
    private async Task<SqliteConnection> OpenConnectionAsync(SqliteSynchronous synchronous, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = BusyTimeoutPragma + SynchronousPragma(synchronous);
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
