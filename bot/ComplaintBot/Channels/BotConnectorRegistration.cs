using ComplaintBot.Protocol.Auth;
using ComplaintBot.Protocol.Connector;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Channels;

public static class BotConnectorRegistration
{
    /// <summary>
    /// Outbound: <see cref="BotConnectorOptions"/> (section <c>BotConnector</c>), the <see cref="IConnectorClientFactory"/>
    /// over the named <see cref="ConnectorClientFactory.HttpClientName"/> client with its retry pipeline, the
    /// <see cref="IServiceUrlTrust"/> that decides where the token may go, and the <see cref="IBotTokenProvider"/> for the
    /// configured app type (none while authentication is disabled).
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotConnectorOptions>().Bind(configuration.GetSection(BotConnectorOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotConnectorOptions>, BotConnectorOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<BotConnectorOptions>>().Value.AttemptTimeout);
        services.AddHttpClient(ClientCredentialsBotTokenProvider.HttpClientName);
        services.AddSingleton<IServiceUrlTrust>(sp => new ServiceUrlTrust(sp.GetRequiredService<IOptions<BotConnectorOptions>>().Value.TrustedServiceUrls));
        services.AddSingleton(CreateTokenProvider);
        services.AddSingleton<IConnectorClientFactory>(sp => new ConnectorClientFactory(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IBotTokenProvider>(),
            sp.GetRequiredService<IServiceUrlTrust>(),
            ConnectorRetryPipeline.Create(sp.GetRequiredService<IOptions<BotConnectorOptions>>().Value, sp.GetRequiredService<TimeProvider>())));
        return services;
    }

    private static IBotTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<BotAuthenticationOptions>>().Value;
        var time = services.GetRequiredService<TimeProvider>();
        if (options.IsAuthenticationDisabled)
        {
            return new AnonymousBotTokenProvider();
        }

        return options.GetAppType() == BotAppType.UserAssignedMsi
            ? ManagedIdentityBotTokenProvider.ForUserAssignedIdentity(options, time)
            : new ClientCredentialsBotTokenProvider(options, new MsalHttpClientFactory(services.GetRequiredService<IHttpClientFactory>()), time);
    }
}
