namespace ComplaintBot.Storage;

/// <summary>Settings of the <c>Storage</c> section (and <c>ConnectionStrings:Postgres</c>).</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    public const string PostgresConnectionStringName = "Postgres";

    public const string DatabaseFileName = "complaintbot.db";

    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>The folder of the SQLite file; a relative path is resolved against the content root.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// How SQLite commits turn state: <see cref="SqliteSynchronous.Normal"/> (default) survives stopping or killing the
    /// process, <see cref="SqliteSynchronous.Full"/> also power failure, at the cost of waiting for an fsync every turn.
    /// Complaints are always written with <see cref="SqliteSynchronous.Full"/>.
    /// </summary>
    public SqliteSynchronous SqliteStateSynchronous { get; set; } = SqliteSynchronous.Normal;

    /// <summary>Filled from <c>ConnectionStrings:Postgres</c>, never from the <c>Storage</c> section.</summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>The SQLite database file, <c>{DataDirectory}/complaintbot.db</c>.</summary>
    public string SqliteDatabasePath => Path.Combine(DataDirectory, DatabaseFileName);
}
