using ComplaintBot.Storage;
using ComplaintBot.Storage.Migrations;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace ComplaintBot.Tests.Storage;

public sealed class SchemaMigrationTests
{
    [Fact]
    public void Migrations_EveryVersionExistsForBothProviders()
    {
        var sqlite = SchemaMigration.Load(StorageProvider.Sqlite);
        var postgres = SchemaMigration.Load(StorageProvider.Postgres);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite.Select(m => (m.Version, m.Name)), postgres.Select(m => (m.Version, m.Name)));
        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite.Select(m => m.Version));
    }

    [Fact]
    public async Task Sqlite_FirstUse_CreatesTheFileInWalModeWithEveryVersionRecorded()
    {
        using var fixture = new SqliteTestDatabase();

        await fixture.Database.EnsureSchemaAsync(CancellationToken.None);

        Assert.True(File.Exists(Path.Combine(fixture.DataDirectory, StorageOptions.DatabaseFileName)));
        await using var connection = new SqliteConnection($"Data Source={fixture.Database.DatabasePath};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal((long)fixture.Database.Migrator.Migrations.Count, await ScalarAsync(connection, "SELECT count(*) FROM schema_version"));
    }

    [Fact]
    public async Task Sqlite_SeveralInstancesStartingTogether_ApplyEachMigrationOnce()
    {
        using var fixture = new SqliteTestDatabase();
        var databases = Enumerable.Range(0, 4).Select(_ => fixture.CreateDatabase()).ToList();

        await Task.WhenAll(databases.Select(database => Task.Run(() => database.EnsureSchemaAsync(CancellationToken.None))));
        var again = await fixture.Database.Migrator.MigrateAsync(await fixture.Database.OpenAsync(CancellationToken.None), CancellationToken.None);

        Assert.Equal(0, again);
        await using var connection = await fixture.Database.OpenAsync(CancellationToken.None);
        Assert.Equal((long)fixture.Database.Migrator.Migrations.Count, await ScalarAsync(connection, "SELECT count(DISTINCT version) FROM schema_version"));
        databases.ForEach(database => database.Dispose());
    }

    [PostgresFact]
    public async Task Postgres_SeveralInstancesStartingTogether_ApplyEachMigrationOnce()
    {
        var fixture = new PostgresTestDatabase();
        await fixture.InitializeAsync();
        try
        {
            var databases = Enumerable.Range(0, 4).Select(_ => fixture.CreateDatabase()).ToList();

            await Task.WhenAll(databases.Select(database => Task.Run(() => database.EnsureSchemaAsync(CancellationToken.None))));

            await using var connection = await fixture.Database.OpenAsync(CancellationToken.None);
            await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT version) FROM schema_version", connection);
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            Assert.Equal(fixture.Database.Migrator.Migrations.Count, reader.GetInt64(0));
            Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
            databases.ForEach(database => database.Dispose());
        }
        finally
        {
            await fixture.DisposeAsync();
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync();
    }
}
