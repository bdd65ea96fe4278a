using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>Agents in Teams: the settings, the links and cards tables, the card dispatcher, and the middleware before the relay.</summary>
public static class TeamsAgentsRegistration
{
    /// <summary>Call after the handoff service is registered: it is wrapped so a queued handoff wakes the card dispatcher.</summary>
    public static IServiceCollection AddTeamsAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamsAgentsOptions>()
            .Bind(configuration.GetSection(TeamsAgentsOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamsAgentsOptions>, TeamsAgentsOptionsValidator>();

        // The agents' service URL is configured, so the bot's token may go there before any activity came from it.
        services.AddOptions<BotConnectorOptions>().PostConfigure<IOptions<TeamsAgentsOptions>>((connector, teams) =>
        {
            if (teams.Value is { IsEnabled: true, ServiceUrl: { Length: > 0 } serviceUrl })
            {
                connector.TrustedServiceUrls.Add(serviceUrl);
            }
        });
        services.AddSingleton<ITeamsAgentLinks, SqlTeamsAgentLinks>();
        services.AddSingleton<ITeamsCardStore, SqlTeamsCardStore>();
        services.AddSingleton<TeamsAgentsChannel>();
        services.AddSingleton<TeamsHandoffCards>();
        services.AddSingleton<TeamsCardDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<TeamsCardDispatcher>());
        services.AddSingleton<TeamsCardSignals>();
        services.AddSingleton<IHandoffChangedListener>(sp => sp.GetRequiredService<TeamsCardSignals>());
        services.AddSingleton<TeamsAgentDesk>();
        services.AddSingleton<TeamsAgentMiddleware>();
        services.AddSingleton<HandoffService>();
        services.Replace(ServiceDescriptor.Singleton<IHandoffService>(sp => new TeamsAnnouncingHandoffService(
            sp.GetRequiredService<HandoffService>(),
            sp.GetRequiredService<TeamsCardSignals>(),
            sp.GetRequiredService<ITeamsAgentLinks>())));
        return services;
    }

    /// <summary>Call before the relay middleware is added: agents' Teams traffic must never reach the relay or the intake.</summary>
    public static WebApplication UseTeamsAgents(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<CloudAdapter>().Use(app.Services.GetRequiredService<TeamsAgentMiddleware>());
        return app;
    }
}
