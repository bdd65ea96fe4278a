using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using ComplaintBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage;

/// <summary>
/// The embedded database: one file <c>{DataDirectory}/complaintbot.db</c>, created on first use, in WAL mode, with
/// pooled connections for readers and one writer that commits concurrent writes together
/// (<see cref="SqliteGroupCommit"/>), with checkpoints beside it (<see cref="SqliteCheckpointer"/>). Readers (and the
/// migrator) open pooled connections as they are, with SQLite's <c>synchronous = FULL</c>, except the reads every turn
/// makes, which keep theirs open with the statement prepared (<see cref="SqliteReaders"/>); a write returns once
/// committed as the <see cref="SqliteSynchronous"/> it asked for says — full, on disk before returning, unless asked
/// otherwise. Every connection waits out another process's write lock (for up to 30 seconds) instead of failing.
/// </summary>
public sealed class SqliteDatabase : StorageDatabase
{
    private const int BusyTimeoutSeconds = 30;

    /// <summary>The lock file's name is the database file's with this after it (<see cref="SqliteStateLock"/>).</summary>
    public const string StateLockSuffix = "-state.lock";

    private const string WriterPragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 0";

    private readonly string _connectionString;

    private readonly string _writerConnectionString;

    private readonly SqliteGroupCommit _writer;

    private readonly SqliteCheckpointer _checkpointer;

    private readonly SqliteReaders _readers;

    private readonly SqliteStateLock _stateLock;

    public SqliteDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteDatabase> logger)
        : this(options, timeProvider, logger, SqliteCheckpointer.DefaultRestartAfterFrames)
    {
    }

    /// <param name="restartWalAfterFrames">How long the write-ahead log grows before it starts again (<see cref="SqliteCheckpointer"/>).</param>
    internal SqliteDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<SqliteDatabase> logger, int restartWalAfterFrames)
        : base(new SchemaMigrator(StorageProvider.Sqlite, timeProvider, logger))
    {
        ArgumentNullException.ThrowIfNull(options);
        DatabasePath = Path.GetFullPath(options.Value.SqliteDatabasePath);
        StateSynchronous = options.Value.SqliteStateSynchronous;
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = BusyTimeoutSeconds,
        };
        _connectionString = connectionString.ToString();
        connectionString.Pooling = false;
        _writerConnectionString = connectionString.ToString();
        _checkpointer = new SqliteCheckpointer(_writerConnectionString, restartWalAfterFrames, logger);
        _writer = new SqliteGroupCommit(OpenWriterConnectionAsync, DatabasePath + "-wal", _checkpointer);
        _readers = new SqliteReaders(OpenReaderAsync);
        _stateLock = new SqliteStateLock(DatabasePath + StateLockSuffix);
    }

    public string DatabasePath { get; }

    /// <summary>How turn-state writes commit (<see cref="StorageOptions.SqliteStateSynchronous"/>).</summary>
    public SqliteSynchronous StateSynchronous { get; }

    public override string Description => $"SQLite database {DatabasePath}";

    /// <summary>Whether this process holds the data folder's lock file (<see cref="SqliteStateLock"/>).</summary>
    public override bool OwnsTurnState => _stateLock.IsHeld;

    /// <summary>Locks the data folder's turn state for this process until this database is disposed (<see cref="SqliteStateLock"/>).</summary>
    public override bool TryClaimTurnState([NotNullWhen(false)] out string? problem)
    {
        problem = _stateLock.TryAcquire()
            ? null
            : $"Another process holds {_stateLock.Path}: a ComplaintBot is running on the data folder {Path.GetDirectoryName(DatabasePath)}, " +
              "or a 'privacy erase' command is. One process at a time writes a SQLite data folder's conversations.";
        return problem is null;
    }

    /// <summary>A timestamp as stored in SQLite: UTC, ISO-8601 with seven fractional digits, so text order is time order.</summary>
    public static string FormatTimestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public override object Timestamp(DateTimeOffset value) => FormatTimestamp(value);

    public override void AddJsonParameter(DbCommand command, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new SqliteParameter(name, json));
    }

    /// <summary>
    /// Opens a pooled connection for reading, to a database whose schema is current. Writes go through
    /// <see cref="WriteAsync{T}(SqliteSynchronous, Func{SqliteWrite, CancellationToken, Task{T}}, CancellationToken)"/>,
    /// so a reader sets none of the writer's pragmas: in WAL mode it never waits for the writer, and never commits.
    /// </summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenReaderAsync(cancellationToken);
    }

    /// <summary>
    /// Runs a read that happens often (every turn) with a command for <paramref name="sql"/> — fixed text — kept prepared
    /// on one of the database's open read connections: bind its parameters and run it, but do not dispose it.
    /// </summary>
    public async Task<T> ReadAsync<T>(string sql, Func<SqliteCommand, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _readers.ReadAsync(sql, read, cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> through the database's one writer and returns its result once the commit that holds
    /// it is done as <paramref name="synchronous"/> asks.
    /// </summary>
    public async Task<T> WriteAsync<T>(
        SqliteSynchronous synchronous,
        Func<SqliteWrite, CancellationToken, Task<T>> work,
        CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _writer.WriteAsync(synchronous, work, cancellationToken);
    }

    public override Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        return WriteAsync(SqliteSynchronous.Full, (write, token) => work(write.Connection, write.Transaction, token), cancellationToken);
    }

    /// <summary>A connection as the readers (and the migrator, whose writes are rare) use it, with SQLite's defaults: synchronous <c>FULL</c>.</summary>
    protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await OpenReaderAsync(cancellationToken);

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenWriterConnectionAsync(cancellationToken);
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
            _checkpointer.Dispose();
            _readers.Dispose();
            _stateLock.Dispose();
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }

        base.Dispose(disposing);
    }

    private Task<SqliteConnection> OpenReaderAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(_connectionString, pragmas: null, cancellationToken);

    /// <summary>
    /// The writer's connection: outside the pool, so its pragmas never reach a reader's connection. It commits with
    /// <c>synchronous = NORMAL</c>; <see cref="SqliteGroupCommit"/> flushes the WAL for the writes that must be on disk.
    /// </summary>
    private Task<SqliteConnection> OpenWriterConnectionAsync(CancellationToken cancellationToken) =>
        OpenConnectionAsync(_writerConnectionString, WriterPragmas, cancellationToken);

    /// <summary>Opens a connection and runs <paramref name="pragmas"/> on it; unlike <see cref="OpenAsync(CancellationToken)"/>, without checking the schema.</summary>
    private static async Task<SqliteConnection> OpenConnectionAsync(string connectionString, string? pragmas, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (pragmas is not null)
            {
                await using var command = connection.CreateCommand();
                command.CommandText = pragmas;
                await command.ExecuteNonQueryAsync(cancellationToken);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
