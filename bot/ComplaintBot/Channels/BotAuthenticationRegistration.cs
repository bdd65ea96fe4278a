using ComplaintBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Channels;

public static class BotAuthenticationRegistration
{
    /// <summary>An inbound request waits at most this long for the signing keys; a channel gives up after 15 seconds anyway.</summary>
    private static readonly TimeSpan MetadataFetchTimeout = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Inbound authentication: <see cref="BotAuthenticationOptions"/> bound from the configuration root with the SDK's
    /// setting names and validated at start-up, and the <see cref="IChannelAuthenticator"/> behind <c>/api/messages</c>.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName).ConfigureHttpClient(client => client.Timeout = MetadataFetchTimeout);
        services.AddSingleton<IChannelAuthenticator, BotFrameworkAuthenticator>();
        services.AddHostedService<AuthenticationModeLog>();
        return services;
    }
}
