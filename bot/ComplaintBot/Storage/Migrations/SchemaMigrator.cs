using System.Data.Common;

namespace ComplaintBot.Storage.Migrations;

/// <summary>
/// Brings a database up to the newest <see cref="SchemaMigration"/>: in one transaction that first takes the
/// provider's schema lock (SQLite: a write transaction; PostgreSQL: an advisory lock), so instances starting together
/// apply each script exactly once. Applied versions are kept in <c>schema_version</c>.
/// </summary>
public sealed class SchemaMigrator
{
    /// <summary>The PostgreSQL advisory lock key of schema changes ("cbschema" in ASCII).</summary>
    public const long PostgresLockKey = 0x6362736368656D61;

    private readonly StorageProvider _provider;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;

    public SchemaMigrator(StorageProvider provider, TimeProvider timeProvider, ILogger logger)
    {
        _provider = provider;
        _timeProvider = timeProvider;
        _logger = logger;
        Migrations = SchemaMigration.Load(provider);
    }

    public IReadOnlyList<SchemaMigration> Migrations { get; }

    /// <summary>Applies the scripts the database lacks; returns how many.</summary>
    public async Task<int> MigrateAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (_provider == StorageProvider.Postgres)
        {
            await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({PostgresLockKey})", cancellationToken);
        }

        await ExecuteAsync(connection, transaction, CreateVersionTableSql, cancellationToken);
        var applied = await ReadAppliedVersionsAsync(connection, transaction, cancellationToken);
        var pending = Migrations.Where(migration => !applied.Contains(migration.Version)).ToList();
        foreach (var migration in pending)
        {
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken);
            await using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_version (version, name, applied_at) VALUES (@version, @name, @applied_at)";
            AddParameter(record, "version", migration.Version);
            AddParameter(record, "name", migration.Name);
            AddParameter(record, "applied_at", _provider == StorageProvider.Sqlite
                ? SqliteDatabase.FormatTimestamp(_timeProvider.GetUtcNow())
                : _timeProvider.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        if (pending.Count > 0 && _logger.IsEnabled(LogLevel.Information))
        {
            _logger.LogInformation(
                "Applied {Count} {Provider} schema migration(s), now at version {Version}.", pending.Count, _provider, pending[^1].Version);
        }

        return pending.Count;
    }

    private string CreateVersionTableSql => _provider == StorageProvider.Sqlite
        ? "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT"
        : "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)";

    private static async Task<HashSet<int>> ReadAppliedVersionsAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT version FROM schema_version";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var versions = new HashSet<int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            versions.Add(reader.GetInt32(0));
        }

        return versions;
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
