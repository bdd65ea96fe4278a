using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Messaging;

public static class MessagingRegistration
{
    /// <summary>The adapter and the bot behind <c>/api/messages</c>.</summary>
    public static IServiceCollection AddBotMessaging(this IServiceCollection services)
    {
        services.AddSingleton<CloudAdapter>();
        services.AddSingleton<IBot, ComplaintBotHandler>();
        return services;
    }
}
