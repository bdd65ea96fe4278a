namespace ComplaintBot.Storage;

/// <summary>
/// The lock file beside the SQLite database that makes one process the only writer of turn state in a data folder —
/// the conversations' state documents, handoffs and check-ins, which each turn would otherwise read again: the bot holds it
/// for as long as it runs (<see cref="TurnStateOwnership"/>), and the <c>privacy erase</c> command for as long as it
/// erases, so neither changes a conversation the other keeps in memory. The operating system's advisory
/// lock on an open file, so a process that ends, however it ends, lets go of it.
/// </summary>
public sealed class SqliteStateLock(string path) : IDisposable
{
    private readonly Lock _gate = new();

    private FileStream? _file;

    public string Path { get; } = path;

    /// <summary>Whether this process holds the lock (read on every turn, so without taking the gate).</summary>
    public bool IsHeld => Volatile.Read(ref _file) is not null;

    /// <summary>Takes the lock unless another process (or another database object in this one) holds it.</summary>
    public bool TryAcquire()
    {
        lock (_gate)
        {
            if (_file is not null)
            {
                return true;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            try
            {
                // On Unix, FileShare.None takes an exclusive flock(2) on the open file, held until it is closed.
                Volatile.Write(ref _file, new FileStream(Path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                return true;
            }
            catch (IOException)
            {
                return false;
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            Volatile.Write(ref _file, null);
        }
    }
}
