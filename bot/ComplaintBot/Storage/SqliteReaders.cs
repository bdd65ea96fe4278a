using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ComplaintBot.Storage;

/// <summary>
/// Read connections kept open with their prepared statements (<see cref="SqliteStatementCache"/>), for the reads every
/// turn makes: each runs on a connection no other read is using, and its SQL is parsed and planned once per connection
/// instead of once per call. A connection holds no read transaction between reads (a finished statement is reset), so
/// keeping it open never holds back a WAL checkpoint.
/// </summary>
internal sealed class SqliteReaders(Func<CancellationToken, Task<SqliteConnection>> open) : IDisposable
{
    /// <summary>The most idle connections kept; a burst beyond them opens more and closes them afterwards.</summary>
    private const int MaxIdle = 16;

    private readonly ConcurrentBag<Reader> _idle = [];
    private int _idleCount;
    private volatile bool _disposed;

    /// <summary>Runs <paramref name="read"/> with a prepared command for <paramref name="sql"/> (fixed text; bind its parameters, never dispose it).</summary>
    public async Task<T> ReadAsync<T>(string sql, Func<SqliteCommand, CancellationToken, Task<T>> read, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var reader = TakeIdle() ?? new Reader(await open(cancellationToken));
        T result;
        try
        {
            result = await read(reader.Statements.Get(sql, transaction: null), cancellationToken);
        }
        catch
        {
            // Whatever failed may have left the connection unusable: it is not kept.
            reader.Dispose();
            throw;
        }

        Return(reader);
        return result;
    }

    public void Dispose()
    {
        _disposed = true;
        while (TakeIdle() is { } reader)
        {
            reader.Dispose();
        }
    }

    private Reader? TakeIdle()
    {
        if (!_idle.TryTake(out var reader))
        {
            return null;
        }

        Interlocked.Decrement(ref _idleCount);
        return reader;
    }

    private void Return(Reader reader)
    {
        reader.Statements.Trim();
        if (_disposed || Interlocked.Increment(ref _idleCount) > MaxIdle)
        {
            Interlocked.Decrement(ref _idleCount);
            reader.Dispose();
            return;
        }

        _idle.Add(reader);
        if (_disposed)
        {
            Dispose();
        }
    }

    private sealed class Reader(SqliteConnection connection) : IDisposable
    {
        public SqliteStatementCache Statements { get; } = new(connection);

        public void Dispose()
        {
            Statements.Dispose();
            connection.Dispose();
        }
    }
}
