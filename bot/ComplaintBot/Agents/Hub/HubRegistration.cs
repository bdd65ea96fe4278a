using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Agents.Hub;

/// <summary>A contact-centre hub on the channel: its <c>handoff.status</c> events, and Omnichannel's bridged messages.</summary>
public static class HubRegistration
{
    public static IServiceCollection AddContactCentreHub(this IServiceCollection services)
    {
        services.AddSingleton<HandoffStatusMiddleware>();
        services.AddSingleton<OmnichannelBridgeMiddleware>();
        return services;
    }

    public static CloudAdapter UseContactCentreHub(this CloudAdapter adapter, IServiceProvider services)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        adapter.Use(services.GetRequiredService<OmnichannelBridgeMiddleware>());
        adapter.Use(services.GetRequiredService<HandoffStatusMiddleware>());
        return adapter;
    }
}
