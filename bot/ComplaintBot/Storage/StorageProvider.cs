namespace ComplaintBot.Storage;

/// <summary>Which database keeps the bot's state and complaints.</summary>
public enum StorageProvider
{
    /// <summary>One embedded file under <see cref="StorageOptions.DataDirectory"/>: the default, for a single instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server named by <c>ConnectionStrings:Postgres</c>: for several instances behind a load balancer.</summary>
    Postgres,
}
