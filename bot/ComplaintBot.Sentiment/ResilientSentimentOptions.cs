using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Sentiment;

/// <summary>Azure AI Language settings (configuration section "Sentiment:Azure"); without an endpoint the bot uses
/// the embedded analyzer only. Without a key it authenticates with Entra ID (DefaultAzureCredential).</summary>
public sealed class ResilientSentimentOptions
{
    public const string SectionName = "Sentiment:Azure";

    public Uri? Endpoint { get; set; }

    /// <summary>The resource key; keep it in user secrets or the environment, never in the repository.</summary>
    public string? ApiKey { get; set; }

    public string ApiVersion { get; set; } = Azure.AzureLanguageClientOptions.DefaultApiVersion;

    /// <summary>How long a turn waits for Azure before it takes the embedded analyzer's answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:00:10")]
    public TimeSpan Deadline { get; set; } = TimeSpan.FromMilliseconds(800);

    /// <summary>How many calls in the sampling window the breaker needs before it may open (at a 50 % failure ratio).</summary>
    [Range(2, 1000)]
    public int MinimumThroughput { get; set; } = 4;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long Azure is left alone once the breaker has opened.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);
}
