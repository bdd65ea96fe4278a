using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Privacy;

public static class PrivacyRegistration
{
    /// <summary>Export and erasure of one customer's data (<see cref="PersonalDataStore"/>) and the retention sweep.</summary>
    public static IServiceCollection AddPrivacy(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PrivacyOptions>()
            .Bind(configuration.GetSection(PrivacyOptions.SectionName))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PersonalDataStore>();
        services.AddSingleton<RetentionSweep>();
        services.AddHostedService<RetentionService>();
        return services;
    }
}
