using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>What one write sees of the database's one writer: its open connection and the transaction the write runs in.</summary>
public sealed class SqliteWrite
{
    private readonly SqliteStatementCache _statements;

    internal SqliteWrite(SqliteConnection connection, SqliteTransaction transaction, SqliteStatementCache statements)
    {
        Connection = connection;
        Transaction = transaction;
        _statements = statements;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    /// <summary>
    /// A command for fixed SQL text that stays prepared on the writer's connection from one write to the next (not to be
    /// disposed). SQL built per call belongs in <see cref="SqliteConnection.CreateCommand"/> instead.
    /// </summary>
    public SqliteCommand Prepared(string sql) => _statements.Get(sql, Transaction);
}
