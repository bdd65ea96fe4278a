using ComplaintBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// A database of its own on the server named by <c>COMPLAINTBOT_TEST_POSTGRES</c>, created for one test class and
/// dropped after it. Does nothing when the variable is unset (the tests that need it are skipped then).
/// </summary>
public sealed class PostgresTestDatabase : IAsyncLifetime
{
    public const string VariableName = "COMPLAINTBOT_TEST_POSTGRES";

    public const string SkipReason =
        "PostgreSQL tests need " + VariableName + " = a connection string to the 'postgres' database with a CREATEDB role (.ci/run sets it).";

    private const int MaxDropAttempts = 8;

    private string? _name;

    /// <summary>The server's connection string, or null when PostgreSQL tests are not configured.</summary>
    public static string? ServerConnectionString =>
        Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value ? value : null;

    /// <summary>The connection string of this fixture's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public PostgresDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (ServerConnectionString is not { } server)
        {
            return;
        }

        _name = "complaintbot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = _name }.ConnectionString;
        Database = CreateDatabase();
    }

    /// <summary>Another independent <see cref="PostgresDatabase"/> (own pool) on this fixture's database.</summary>
    public PostgresDatabase CreateDatabase() => new(
        Options.Create(new StorageOptions { Provider = StorageProvider.Postgres, PostgresConnectionString = ConnectionString }),
        TimeProvider.System,
        NullLogger<PostgresDatabase>.Instance);

    public async Task DisposeAsync()
    {
        if (_name is null || ServerConnectionString is not { } server)
        {
            return;
        }

        Database.Dispose();
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", connection);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await drop.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < MaxDropAttempts)
            {
                // FORCE may not end a server process of another role (an autovacuum worker visiting the fresh
                // database); it leaves within moments, so wait for the real server and try again.
                await Task.Delay(TimeSpan.FromMilliseconds(250 * attempt));
            }
        }
    }
}
