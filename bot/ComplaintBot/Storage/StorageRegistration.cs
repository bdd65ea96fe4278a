using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Hosting;
using ComplaintBot.Protocol.State;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Storage;

public static class StorageRegistration
{
    /// <summary>
    /// The database chosen by <c>Storage:Provider</c> behind <see cref="IStorage"/> and <see cref="IComplaintStore"/>,
    /// the bot's <see cref="ConversationState"/> and <see cref="UserState"/>, the turn state claimed for the running bot,
    /// start-up migration and the readiness check.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.PostgresConnectionString = configuration.GetConnectionString(StorageOptions.PostgresConnectionStringName))
            .PostConfigure<IHostEnvironment>((options, environment) =>
            {
                if (!string.IsNullOrWhiteSpace(options.DataDirectory))
                {
                    options.DataDirectory = Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddSingleton<SqliteDatabase>();
        services.AddSingleton<PostgresDatabase>();
        services.AddSingleton<StorageDatabase>(provider => Choose<StorageDatabase, SqliteDatabase, PostgresDatabase>(provider));
        services.AddSingleton<IStorage>(provider => Choose<IStorage, SqliteStorage, PostgresStorage>(provider));
        services.AddSingleton<IComplaintStore, SqlComplaintStore>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();

        services.AddHostedService<TurnStateOwnership>();
        services.AddHostedService<StorageSchemaInitializer>();
        services.AddHealthChecks().AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [HealthEndpoints.ReadyTag]);
        return services;
    }

    private static TService Choose<TService, TSqlite, TPostgres>(IServiceProvider provider)
        where TSqlite : class, TService
        where TPostgres : class, TService
    {
        var storage = provider.GetRequiredService<IOptions<StorageOptions>>().Value;
        return storage.Provider == StorageProvider.Postgres
            ? Resolve<TPostgres>(provider)
            : Resolve<TSqlite>(provider);
    }

    /// <summary>The registered singleton (a database) or a new instance built from the container (a store).</summary>
    private static T Resolve<T>(IServiceProvider provider)
        where T : class =>
        provider.GetService<T>() ?? ActivatorUtilities.CreateInstance<T>(provider);
}
