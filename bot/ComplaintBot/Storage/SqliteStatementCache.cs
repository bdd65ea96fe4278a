using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// Commands kept prepared on one open connection, by SQL text. Microsoft.Data.Sqlite prepares a statement per command
/// object (dotnet/efcore#14044), so a command created for every call parses and plans the same SQL again each time; a
/// command from here is prepared on first use and reused after that. Only for a connection one caller uses at a time.
/// </summary>
internal sealed class SqliteStatementCache(SqliteConnection connection) : IDisposable
{
    /// <summary>Enough for every fixed statement of the stores; SQL built per call (an <c>IN</c> list) is not cached.</summary>
    private const int Capacity = 64;

    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    /// <summary>
    /// The command for <paramref name="sql"/>, in <paramref name="transaction"/>, with no parameters bound. It belongs to
    /// the cache: the caller binds, runs and disposes its reader, but never disposes the command.
    /// </summary>
    public SqliteCommand Get(string sql, SqliteTransaction? transaction)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands.Add(sql, command);
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    /// <summary>Drops every command once more than the capacity are kept; only between uses, never while one is held.</summary>
    public void Trim()
    {
        if (_commands.Count > Capacity)
        {
            Clear();
        }
    }

    public void Dispose() => Clear();

    private void Clear()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
