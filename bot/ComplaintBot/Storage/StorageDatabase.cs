using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using ComplaintBot.Storage.Migrations;

namespace ComplaintBot.Storage;

/// <summary>
/// The configured database: opens connections and makes sure, once per process, that its schema is current
/// (at start-up through <see cref="StorageSchemaInitializer"/>, or on first use, whichever comes first).
/// </summary>
public abstract class StorageDatabase : IDisposable
{
    private readonly SemaphoreSlim _schemaGate = new(1, 1);
    private volatile bool _schemaReady;

    protected StorageDatabase(SchemaMigrator migrator)
    {
        Migrator = migrator;
    }

    /// <summary>What the database is, for health reports and logs (never a password).</summary>
    public abstract string Description { get; }

    public SchemaMigrator Migrator { get; }

    /// <summary>
    /// Whether this process is the only writer of turn state (<see cref="TryClaimTurnState"/> took the SQLite data folder).
    /// Never for PostgreSQL.
    /// </summary>
    public virtual bool OwnsTurnState => false;

    /// <summary>
    /// Makes this process the only writer of turn state where the database has one: SQLite's data folder, locked until
    /// this database is disposed. False, with what holds it, when another process does. PostgreSQL is shared by the
    /// bot's instances by design: nothing is claimed, and every turn checks what it kept in memory against the database.
    /// </summary>
    public virtual bool TryClaimTurnState([NotNullWhen(false)] out string? problem)
    {
        problem = null;
        return true;
    }

    /// <summary>Applies pending migrations unless that already succeeded in this process.</summary>
    public Task EnsureSchemaAsync(CancellationToken cancellationToken) =>
        _schemaReady ? Task.CompletedTask : MigrateOnceAsync(cancellationToken);

    /// <summary>Proves the database answers: the schema is current and <c>SELECT 1</c> runs.</summary>
    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        await using var connection = await OpenDbConnectionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1";
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Opens a pooled connection to a database whose schema is current; its commits are on disk before they return.</summary>
    public async Task<DbConnection> OpenCurrentAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await OpenDbConnectionAsync(cancellationToken);
    }

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and returns its result once the transaction is committed, on disk.
    /// A database that allows one writer at a time may batch concurrent writes into one commit; the work must not wait
    /// for another write.
    /// </summary>
    public virtual async Task<T> WriteAsync<T>(Func<DbConnection, DbTransaction, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        await using var connection = await OpenCurrentAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(connection, transaction, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>A point in time as this database stores it.</summary>
    public abstract object Timestamp(DateTimeOffset value);

    /// <summary>Adds a JSON document parameter in this database's JSON column type.</summary>
    public abstract void AddJsonParameter(DbCommand command, string name, string json);

    /// <summary>Opens a pooled connection without checking the schema.</summary>
    protected abstract Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken);

    /// <summary>Whatever must exist before the first connection (a folder, a journal mode).</summary>
    protected virtual Task PrepareAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _schemaGate.Dispose();
        }
    }

    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _schemaGate.WaitAsync(cancellationToken);
        try
        {
            if (_schemaReady)
            {
                return;
            }

            await PrepareAsync(cancellationToken);
            await using var connection = await OpenDbConnectionAsync(cancellationToken);
            await Migrator.MigrateAsync(connection, cancellationToken);
            _schemaReady = true;
        }
        finally
        {
            _schemaGate.Release();
        }
    }
}
