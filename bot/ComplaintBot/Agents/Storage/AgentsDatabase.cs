using System.Data.Common;
using ComplaintBot.Storage;
using Npgsql;
using NpgsqlTypes;

namespace ComplaintBot.Agents.Storage;

/// <summary>
/// The agents' tables in the configured database (SQLite or PostgreSQL, migrated by the storage's runner): the same
/// SQL for both, with each provider's way of writing timestamps and JSON documents.
/// </summary>
public sealed class AgentsDatabase(StorageDatabase database)
{
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => database switch
    {
        SqliteDatabase sqlite => await sqlite.OpenAsync(cancellationToken),
        PostgresDatabase postgres => await postgres.OpenAsync(cancellationToken),
        _ => throw new InvalidOperationException($"{database.Description} is not a database the agents' tables support."),
    };

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
