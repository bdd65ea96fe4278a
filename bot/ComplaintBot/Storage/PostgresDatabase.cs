using System.Data.Common;
using ComplaintBot.Storage.Migrations;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintBot.Storage;

/// <summary>The shared database of a scale-out deployment, named by <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class PostgresDatabase : StorageDatabase
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresDatabase(IOptions<StorageOptions> options, TimeProvider timeProvider, ILogger<PostgresDatabase> logger)
        : base(new SchemaMigrator(StorageProvider.Postgres, timeProvider, logger))
    {
        ArgumentNullException.ThrowIfNull(options);
        var connectionString = options.Value.PostgresConnectionString;
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("Storage:Provider is Postgres but ConnectionStrings:Postgres is not set.");
        }

        _dataSource = NpgsqlDataSource.Create(connectionString);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        Description = $"PostgreSQL database {builder.Database} on {builder.Host}:{builder.Port}";
    }

    public override string Description { get; }

    /// <summary>Opens a pooled connection to a database whose schema is current.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await EnsureSchemaAsync(cancellationToken);
        return await _dataSource.OpenConnectionAsync(cancellationToken);
    }

    public override object Timestamp(DateTimeOffset value) => value.ToUniversalTime();

    public override void AddJsonParameter(DbCommand command, string name, string json)
    {
        ArgumentNullException.ThrowIfNull(command);
        command.Parameters.Add(new NpgsqlParameter(name, NpgsqlTypes.NpgsqlDbType.Jsonb) { Value = json });
    }

    protected override async Task<DbConnection> OpenDbConnectionAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _dataSource.Dispose();
        }

        base.Dispose(disposing);
    }
}
