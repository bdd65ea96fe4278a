using Azure;
using Azure.Identity;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Sentiment.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Sentiment;

public static class SentimentServiceCollectionExtensions
{
    /// <summary>
    /// Registers the mood reading and the escalation policy: the embedded analyzer always; Azure AI Language in front
    /// of it (<see cref="ResilientSentimentAnalyzer"/>) when "Sentiment:Azure:Endpoint" is set. Options are validated
    /// at start-up ("Sentiment:Azure", "Sentiment:Escalation").
    /// </summary>
    public static IServiceCollection AddSentimentAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<EscalationOptions>().Bind(configuration.GetSection(EscalationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ResilientSentimentOptions>().Bind(configuration.GetSection(ResilientSentimentOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(sp => new EscalationPolicy(sp.GetRequiredService<IOptions<EscalationOptions>>().Value));
        services.AddSingleton<EmbeddedSentimentAnalyzer>();
        services.TryAddSingleton(TimeProvider.System);
        if (configuration.GetSection(ResilientSentimentOptions.SectionName)["Endpoint"] is not { Length: > 0 })
        {
            services.AddSingleton<ISentimentAnalyzer>(sp => sp.GetRequiredService<EmbeddedSentimentAnalyzer>());
            return services;
        }

        services.AddSingleton(sp => CreateClient(sp.GetRequiredService<IOptions<ResilientSentimentOptions>>().Value));
        services.AddSingleton<ISentimentAnalyzer>(sp => new ResilientSentimentAnalyzer(
            sp.GetRequiredService<AzureLanguageClient>(),
            sp.GetRequiredService<EmbeddedSentimentAnalyzer>(),
            sp.GetRequiredService<IOptions<ResilientSentimentOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<ResilientSentimentAnalyzer>>()));
        return services;
    }

    private static AzureLanguageClient CreateClient(ResilientSentimentOptions options)
    {
        // The turn's deadline is shorter than any retry budget; a refused call falls back to the embedded answer at once.
        var clientOptions = new AzureLanguageClientOptions { ApiVersion = options.ApiVersion };
        clientOptions.Retry.MaxRetries = 0;
        return string.IsNullOrEmpty(options.ApiKey)
            ? new AzureLanguageClient(options.Endpoint!, new DefaultAzureCredential(), clientOptions)
            : new AzureLanguageClient(options.Endpoint!, new AzureKeyCredential(options.ApiKey), clientOptions);
    }
}
