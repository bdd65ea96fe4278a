using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Hub;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Agents.Storage;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Agents;

/// <summary>The human side: the handoff queue, the relay, agent sign-in and the console.</summary>
public static class AgentsRegistration
{
    public static IServiceCollection AddAgents(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgentsOptions>()
            .Bind(configuration.GetSection(AgentsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddAgentSignIn(configuration);
        services.AddSingleton<AgentsDatabase>();
        services.AddSingleton<IHandoffStore, SqlHandoffStore>();
        services.AddSingleton<IAgentAccountStore, SqlAgentAccountStore>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AgentConsoleFeed>();
        services.AddAgentEventBus();
        services.AddSingleton<CustomerChannel>();
        services.AddSingleton<IHandoffService, HandoffService>();
        services.AddSingleton<RelayMiddleware>();
        services.AddSingleton<AgentDesk>();
        services.AddTeamsAgents(configuration);
        services.AddContactCentreHub();
        return services;
    }

    public static WebApplication MapAgents(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.UseTeamsAgents();
        app.Services.GetRequiredService<CloudAdapter>().UseContactCentreHub(app.Services).Use(app.Services.GetRequiredService<RelayMiddleware>());
        app.UseAgentConsoleHeaders();
        app.UseRateLimiter();
        app.MapAgentSessions();
        app.MapAgentConsolePages();
        app.MapAgentConsoleApi();
        return app;
    }
}
