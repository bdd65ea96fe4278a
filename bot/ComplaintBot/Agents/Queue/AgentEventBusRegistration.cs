using ComplaintBot.Storage;

namespace ComplaintBot.Agents.Queue;

/// <summary>The consoles' bus for the configured database: LISTEN/NOTIFY on PostgreSQL (instances share it), none on SQLite.</summary>
public static class AgentEventBusRegistration
{
    public static IServiceCollection AddAgentEventBus(this IServiceCollection services)
    {
        services.AddSingleton<PostgresAgentEventBus>();
        services.AddHostedService(provider => provider.GetRequiredService<PostgresAgentEventBus>());
        services.AddSingleton<IAgentEventBus>(provider => provider.GetRequiredService<StorageDatabase>() is PostgresDatabase
            ? provider.GetRequiredService<PostgresAgentEventBus>()
            : new SingleInstanceEventBus());
        return services;
    }
}
