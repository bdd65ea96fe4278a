using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.Storage;

public sealed class StorageOptionsTests
{
    private readonly StorageOptionsValidator _validator = new();

    [Fact]
    public void Defaults_AreSqliteInTheDataFolder()
    {
        var options = new StorageOptions();

        Assert.Equal(StorageProvider.Sqlite, options.Provider);
        Assert.Equal("data", options.DataDirectory);
        Assert.True(_validator.Validate(null, options).Succeeded);
    }

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesTheSetting()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = StorageProvider.Postgres });

        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Postgres", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_PostgresWithMalformedConnectionString_NamesTheSetting()
    {
        var result = _validator.Validate(null, new StorageOptions { Provider = StorageProvider.Postgres, PostgresConnectionString = "Hots=x;Nonsense" });

        Assert.True(result.Failed);
        Assert.Contains("ConnectionStrings:Postgres", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SqliteWithEmptyDataDirectory_NamesTheSetting()
    {
        var result = _validator.Validate(null, new StorageOptions { DataDirectory = " " });

        Assert.True(result.Failed);
        Assert.Contains("Storage:DataDirectory", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownStateSynchronous_NamesTheSetting()
    {
        var result = _validator.Validate(null, new StorageOptions { SqliteStateSynchronous = (SqliteSynchronous)7 });

        Assert.True(result.Failed);
        Assert.Contains("Storage:SqliteStateSynchronous", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HostStart_PostgresChosenWithoutConnectionString_FailsNamingTheSetting()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["Storage:Provider"] = "Postgres" });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Services);

        Assert.Contains("ConnectionStrings:Postgres", failure.Message, StringComparison.Ordinal);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task HostStart_RelativeDataDirectory_IsResolvedAgainstTheContentRoot()
    {
        var relative = "test-data-" + Guid.NewGuid().ToString("N");
        var host = new BotHostFactory(new Dictionary<string, string?> { ["Storage:DataDirectory"] = relative });
        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var environment = host.Services.GetRequiredService<IHostEnvironment>();
        await host.DisposeAsync();
        if (Directory.Exists(options.DataDirectory))
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }

        Assert.Equal(Path.Combine(environment.ContentRootPath, relative), options.DataDirectory);
    }
}
