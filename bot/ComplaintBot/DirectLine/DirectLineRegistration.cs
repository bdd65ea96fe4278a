using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.DirectLine;

public static class DirectLineRegistration
{
    /// <summary>
    /// The embedded Direct Line and its chat page. Call after the connector is registered: it wraps the
    /// <see cref="IConnectorClientFactory"/> so replies to Direct Line conversations stay in process.
    /// </summary>
    public static IServiceCollection AddDirectLine(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DirectLineOptions>()
            .Bind(configuration.GetSection(DirectLineOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate(options => DirectLineSigningKey.IsValidConfiguredKey(options.TokenSigningKey), "DirectLine:TokenSigningKey must be base64 of at least 32 bytes.")
            .ValidateOnStart();
        services.AddOptions<BrandingOptions>().Bind(configuration.GetSection(BrandingOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

        // The host's storage when one is registered (SQLite/PostgreSQL); in-memory only for a host that has none.
        services.TryAddSingleton<IStorage, MemoryStorage>();
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IOptions<DirectLineOptions>>().Value;
            var dataDirectory = configuration["Storage:DataDirectory"] ?? Path.Combine(sp.GetRequiredService<IHostEnvironment>().ContentRootPath, "data");
            var key = DirectLineSigningKey.Load(options.TokenSigningKey, dataDirectory);
            return new DirectLineTokenService(key, sp.GetRequiredService<TimeProvider>(), options.TokenLifetime, options.StreamUrlLifetime);
        });
        services.AddSingleton<DirectLineAccess>();
        services.AddSingleton<IDirectLineStore>(sp => new StorageDirectLineStore(sp.GetRequiredService<IStorage>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<DirectLineStreamHub>();
        services.AddSingleton(sp => new DirectLineSocketSession(
            sp.GetRequiredService<IDirectLineStore>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<DirectLineOptions>>().Value.KeepAliveInterval));
        services.AddSingleton<DirectLineConversations>();
        services.AddSingleton<DirectLineConnectorClient>();
        DecorateConnectorFactory(services);
        return services;
    }

    /// <summary>Maps <c>/v3/directline</c> and the chat page, unless <c>DirectLine:Enabled</c> is false.</summary>
    public static WebApplication MapDirectLine(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Services.GetRequiredService<IOptions<DirectLineOptions>>().Value.Enabled)
        {
            return app;
        }

        app.UseWebSockets();
        app.MapDirectLineEndpoints();
        app.MapChatPage();
        return app;
    }

    private static void DecorateConnectorFactory(IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IConnectorClientFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the connector (IConnectorClientFactory) before AddDirectLine, which wraps it.");
        services.Remove(inner);
        services.Add(new ServiceDescriptor(
            typeof(IConnectorClientFactory),
            sp => new DirectLineConnectorClientFactory(CreateInner(sp, inner), sp.GetRequiredService<DirectLineConnectorClient>()),
            inner.Lifetime));
    }

    private static IConnectorClientFactory CreateInner(IServiceProvider services, ServiceDescriptor inner) =>
        (IConnectorClientFactory)(inner.ImplementationInstance
            ?? inner.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, inner.ImplementationType!));
}
