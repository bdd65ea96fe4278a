using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Status;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplaintBot.Conversations;

public static class ConversationRegistration
{
    /// <summary>The complaint conversation, its rules (each with its validated settings) and the bot that runs it.</summary>
    public static IServiceCollection AddComplaintConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.BindValidated<ComplaintReferenceOptions>(configuration, ComplaintReferenceOptions.SectionName);
        services.BindValidated<DeadlineOptions>(configuration, DeadlineOptions.SectionName);
        services.BindValidated<PriorityOptions>(configuration, PriorityOptions.SectionName);
        services.BindValidated<ComplaintDetailOptions>(configuration, ComplaintDetailOptions.SectionName);
        services.BindValidated<ClarifyingQuestionOptions>(configuration, ClarifyingQuestionOptions.SectionName);
        services.BindValidated<CustomerProfileOptions>(configuration, CustomerProfileOptions.SectionName);
        services.BindValidated<HandoffOptions>(configuration, HandoffOptions.SectionName);

        services.AddSingleton<ComplaintReferenceGenerator>();
        services.AddSingleton<ComplaintReferenceParser>();
        services.AddSingleton<DeadlinePolicy>();
        services.AddSingleton<PriorityPolicy>();
        services.AddSingleton<ComplaintDetailExtractor>();
        services.AddSingleton<ComplaintCategoryClassifier>();
        services.AddSingleton<DesiredResolutionRecognizer>();
        services.AddSingleton<ClarifyingQuestionPlanner>();
        services.AddSingleton<CustomerProfilePolicy>();
        services.AddSingleton<ComplaintFiler>();
        services.AddSingleton<ComplaintFiling>();
        services.AddSingleton<HandoffStarter>();
        services.AddSingleton<StatusReporter>();
        services.AddSingleton<ClarifyingQuestionsDialog>();
        services.AddSingleton<ContactDetailsDialog>();
        services.AddSingleton<IntakeDialog>();
        services.AddSingleton<IBot, ComplaintBotHandler>();
        return services;
    }

    private static void BindValidated<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class
        => services.AddOptions<TOptions>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
