using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using ComplaintBot.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ComplaintBot.Tests.Hosting;

/// <summary>
/// The real bot host on Kestrel at 127.0.0.1 (an ephemeral port), with its own data folder and the given
/// settings layered over the defaults, so each test talks real HTTP to its own bot. <c>configureServices</c> runs after
/// the host's own registrations (e.g. to trust a test TLS certificate on a named HTTP client).
/// </summary>
public sealed class BotHostFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _configureServices;
    private IHost? _host;

    /// <param name="configureServices">Replaces services after the host's own registrations (a fake clock, a test bot).</param>
    public BotHostFactory(IReadOnlyDictionary<string, string?>? settings = null, string? dataDirectory = null, Action<IServiceCollection>? configureServices = null)
    {
        _configureServices = configureServices;
        DataDirectory = dataDirectory ?? TestFolder.NewPath();
        _settings = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>());
        _settings.TryAdd("Storage:DataDirectory", DataDirectory);
        // The address is given as the host's URL, not as UseKestrel(port): the factory's port override races
        // Kestrel's bind on WebApplication hosts ("Addresses cannot be modified after the server has started").
        UseKestrel();
    }

    /// <summary>The folder this host keeps its files in (deleted by <see cref="DeleteDataDirectory"/>).</summary>
    public string DataDirectory { get; }

    /// <summary>The host's base address over real HTTP, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri Address
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    /// <summary>An HTTP client for the real socket (not the in-memory test server).</summary>
    public HttpClient CreateLoopbackClient()
    {
        var client = new HttpClient { BaseAddress = Address };
        return client;
    }

    /// <summary>
    /// Stops and disposes the host and returns once its database has let go of the data folder's lock, then goes on
    /// from the caller's scheduler. The factory returns once the host has stopped, while the thread that ran
    /// <c>Program.Main</c> may still be disposing it (as a process does before it exits), so a restart test could
    /// find the folder still held. And the stop can finish on the host's console-logger thread: a caller that starts
    /// the next host from there (reading <see cref="Address"/>, a synchronous wait) blocked that thread for good.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        // Taken once: a test may dispose the factory twice (an explicit call, then its await using).
        var database = Interlocked.Exchange(ref _host, null)?.Services.GetService<StorageDatabase>();
        await base.DisposeAsync();
        if (database is not null)
        {
            SpinWait.SpinUntil(() => !database.OwnsTurnState, TimeSpan.FromSeconds(30));
        }

        await Task.Yield();
    }

    /// <summary>Removes the data folder; call after the host is disposed (a restart test reuses it in between).</summary>
    public void DeleteDataDirectory()
    {
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    /// <summary>Keeps the started host, so disposing can wait for its database (<see cref="DisposeAsync"/>).</summary>
    protected override IHost CreateHost(IHostBuilder builder)
    {
        _host = base.CreateHost(builder);
        return _host;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseUrls("http://127.0.0.1:0");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_configureServices is not null)
        {
            builder.ConfigureTestServices(_configureServices);
        }
    }
}
