using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Messaging;

public static class MessagingRegistration
{
    /// <summary>The adapter behind <c>/api/messages</c> (the bot itself is the conversations' part).</summary>
    public static IServiceCollection AddBotMessaging(this IServiceCollection services)
    {
        services.AddSingleton<CloudAdapter>();
        return services;
    }
}
