using System.Data.Common;
using ComplaintBot.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ComplaintBot.Agents.Storage;

/// <summary>
/// The agents' tables in the configured database (SQLite or PostgreSQL, migrated by the storage's runner): the same
/// SQL for both, with each provider's way of writing timestamps and JSON documents. Reads open pooled connections;
/// every write goes through the database's one writer (<see cref="WriteAsync{T}"/>).
/// </summary>
public sealed class AgentsDatabase(StorageDatabase database)
{
    /// <summary>
    /// True while no other process can write these tables' conversations (their handoffs and check-ins): the database's
    /// turn state is held by this process (<see cref="StorageDatabase.OwnsTurnState"/>; never with PostgreSQL).
    /// </summary>
    public bool IsSoleWriter => database.OwnsTurnState;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database switch
    {
        SqliteDatabase sqlite => await sqlite.OpenAsync(cancellationToken),
        PostgresDatabase postgres => await postgres.OpenAsync(cancellationToken),
        _ => throw new InvalidOperationException($"{database.Description} is not a database the agents' tables support."),
    };

    /// <summary>
    /// Runs a read of fixed SQL text: in SQLite with a command kept prepared on one of the database's read connections
    /// (for the reads every turn makes), in PostgreSQL on a pooled connection. <paramref name="execute"/> binds the
    /// parameters and runs the command; it does not dispose it.
    /// </summary>
    public async Task<T> ReadAsync<T>(string sql, Func<DbCommand, CancellationToken, Task<T>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        if (database is SqliteDatabase sqlite)
        {
            return await sqlite.ReadAsync(sql, execute, cancellationToken);
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await execute(command, cancellationToken);
    }

    /// <summary>
    /// Runs a write through <see cref="StorageDatabase.WriteAsync{T}"/> (in SQLite the process's one writer, committed on
    /// disk with the writes waiting beside it; in PostgreSQL a transaction of its own) and returns its result once
    /// committed. <paramref name="execute"/> gets a command bound to the writer's connection and transaction, sets its
    /// text and parameters and runs it (as often as it needs; a read inside sees the write's own changes); it must not
    /// wait for another write.
    /// </summary>
    public Task<T> WriteAsync<T>(Func<DbCommand, CancellationToken, Task<T>> execute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(execute);
        return database.WriteAsync(
            async (connection, transaction, token) =>
            {
                await using var command = connection.CreateCommand();
                command.Transaction = transaction;
                return await execute(command, token);
            },
            cancellationToken);
    }

    public static void Add(DbCommand command, string name, object? value)
    {
        ArgumentNullException.ThrowIfNull(command);
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value switch
        {
            null => DBNull.Value,
            DateTimeOffset at when command is NpgsqlCommand => at.ToUniversalTime(),
            DateTimeOffset at => SqliteDatabase.FormatTimestamp(at),
            _ => value,
        };
        command.Parameters.Add(parameter);
    }

    /// <summary>The parameters of a lease claim (<c>UPDATE … RETURNING</c> of up to <c>@limit</c> due rows for <c>@owner</c> until <c>@lease_until</c>).</summary>
    public static void AddLeaseClaim(DbCommand command, string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit)
    {
        Add(command, "@owner", owner);
        Add(command, "@now", now);
        Add(command, "@lease_until", leaseUntil);
        Add(command, "@limit", limit);
    }

    public static void AddJson(DbCommand command, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command is NpgsqlCommand npgsql)
        {
            npgsql.Parameters.AddWithValue(name, NpgsqlDbType.Jsonb, json);
        }
        else
        {
            Add(command, name, json);
        }
    }
}
