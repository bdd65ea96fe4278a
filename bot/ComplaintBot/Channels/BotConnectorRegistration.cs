using ComplaintBot.Protocol.Connector;
using Microsoft.Extensions.Options;
using Polly;

namespace ComplaintBot.Channels;

public static class BotConnectorRegistration
{
    /// <summary>
    /// Outbound: the <see cref="IConnectorClientFactory"/> over the named <see cref="ConnectorClientFactory.HttpClientName"/>
    /// HTTP client, the bot's token provider, and the <see cref="IServiceUrlTrust"/> that decides where the token may go.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotConnectorOptions>().Bind(configuration.GetSection(BotConnectorOptions.SectionName)).ValidateOnStart();
        services.AddHttpClient(ConnectorClientFactory.HttpClientName);
        services.AddSingleton<IServiceUrlTrust>(sp => new ServiceUrlTrust(sp.GetRequiredService<IOptions<BotConnectorOptions>>().Value.TrustedServiceUrls));
        services.AddSingleton<IBotTokenProvider, AnonymousBotTokenProvider>();
        services.AddSingleton<IConnectorClientFactory>(sp => new ConnectorClientFactory(
            sp.GetRequiredService<IHttpClientFactory>(),
            sp.GetRequiredService<IBotTokenProvider>(),
            sp.GetRequiredService<IServiceUrlTrust>(),
            ResiliencePipeline<HttpResponseMessage>.Empty));
        return services;
    }
}
