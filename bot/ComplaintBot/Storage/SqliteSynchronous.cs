namespace ComplaintBot.Storage;

/// <summary>How long a SQLite commit waits for the disk (SQLite's <c>PRAGMA synchronous</c> in WAL mode).</summary>
public enum SqliteSynchronous
{
    /// <summary>The commit is in the operating system when the call returns: it survives the process being stopped or killed, and may be lost on power failure.</summary>
    Normal,

    /// <summary>The commit is flushed to the disk (fsync) before the call returns.</summary>
    Full,
}
