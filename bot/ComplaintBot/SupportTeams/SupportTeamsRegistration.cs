using ComplaintBot.Agents.Storage;
using ComplaintBot.CheckIns;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>Results for support teams: negative results at once and a daily digest to a Teams channel and/or a signed webhook, the results API, export and page.</summary>
public static class SupportTeamsRegistration
{
    public static IServiceCollection AddSupportTeams(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SupportTeamsOptions>()
            .Bind(configuration.GetSection(SupportTeamsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SupportTeamsOptions>, SupportTeamsOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AgentsDatabase>();
        services.AddHttpClient(WebhookClient.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<SupportTeamsOptions>>().Value.Webhook.Timeout)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton<ISupportOutbox, SqlSupportOutbox>();
        services.AddSingleton<ISupportTargetClient, TeamsChannelClient>();
        services.AddSingleton<ISupportTargetClient, WebhookClient>();
        services.AddSingleton<SupportNotifications>();
        services.AddSingleton<ICheckInResultListener, NegativeResultNotifier>();
        services.AddSingleton<DailyDigestPlanner>();
        services.AddSingleton<SupportNotificationSender>();
        services.AddSingleton<SurveyResults>();
        services.AddHostedService<SupportNotificationDispatcher>();
        return services;
    }
}
