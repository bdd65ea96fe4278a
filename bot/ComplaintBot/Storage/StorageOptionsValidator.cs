using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplaintBot.Storage;

/// <summary>Refuses to start with a storage configuration that cannot work, naming the setting to fix.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Provider switch
        {
            StorageProvider.Sqlite when string.IsNullOrWhiteSpace(options.DataDirectory) =>
                ValidateOptionsResult.Fail("Storage:DataDirectory is empty; set it to the folder for the SQLite database (default \"data\")."),
            StorageProvider.Sqlite when !Enum.IsDefined(options.SqliteStateSynchronous) =>
                ValidateOptionsResult.Fail($"Storage:SqliteStateSynchronous '{options.SqliteStateSynchronous}' is unknown; use Normal or Full."),
            StorageProvider.Sqlite => ValidateOptionsResult.Success,
            StorageProvider.Postgres => ValidatePostgres(options.PostgresConnectionString),
            _ => ValidateOptionsResult.Fail($"Storage:Provider '{options.Provider}' is unknown; use Sqlite or Postgres."),
        };
    }

    private static ValidateOptionsResult ValidatePostgres(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return ValidateOptionsResult.Fail(
                "Storage:Provider is Postgres but ConnectionStrings:Postgres is not set; set it to an Npgsql connection string (Host=…;Database=…;Username=…;Password=…).");
        }

        try
        {
            _ = new NpgsqlConnectionStringBuilder(connectionString);
            return ValidateOptionsResult.Success;
        }
        catch (ArgumentException exception)
        {
            return ValidateOptionsResult.Fail($"ConnectionStrings:Postgres is not a valid Npgsql connection string: {exception.Message}");
        }
    }
}
