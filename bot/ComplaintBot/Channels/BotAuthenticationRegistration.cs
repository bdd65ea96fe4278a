using ComplaintBot.Protocol.Auth;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Channels;

public static class BotAuthenticationRegistration
{
    /// <summary>
    /// Inbound authentication: <see cref="BotAuthenticationOptions"/> bound from the configuration root with the SDK's
    /// setting names and validated at start-up, and the <see cref="IChannelAuthenticator"/> behind <c>/api/messages</c>.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotAuthenticationOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotAuthenticationOptions>, BotAuthenticationOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(BotFrameworkAuthenticator.HttpClientName);
        services.AddSingleton<IChannelAuthenticator, BotFrameworkAuthenticator>();
        services.AddHostedService<AuthenticationModeLog>();
        return services;
    }
}
