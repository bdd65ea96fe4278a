using ComplaintBot.Agents.Storage;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.CheckIns;

/// <summary>The satisfaction check-in after a resolution: the schedule, the dispatcher, and the answer.</summary>
public static class CheckInsRegistration
{
    public static IServiceCollection AddCheckIns(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CheckInOptions>()
            .Bind(configuration.GetSection(CheckInOptions.Section))
            .ValidateDataAnnotations()
            .Validate(settings => settings.Inconsistency() is null, "The CheckIns settings are inconsistent: AnswerWindow must be longer than ReminderAfter, and DefaultTimeZone a known time zone.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AgentsDatabase>();
        services.AddSingleton<ICheckInStore, SqlCheckInStore>();
        services.AddSingleton<IConversationTimeZones, SqlConversationTimeZones>();
        services.AddSingleton<CheckInResultNotifier>();
        services.AddSingleton<CheckInDelivery>();
        services.AddSingleton<IComplaintResolvedListener, CheckInScheduler>();
        services.AddSingleton<CheckInSender>();
        services.AddSingleton<CheckInAnswerMiddleware>();
        services.AddHostedService<CheckInDispatcher>();
        return services;
    }

    /// <summary>Lets a waiting check-in take its answers before the dialogs see the message.</summary>
    public static WebApplication UseCheckIns(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.Services.GetRequiredService<CloudAdapter>().Use(app.Services.GetRequiredService<CheckInAnswerMiddleware>());
        return app;
    }
}
