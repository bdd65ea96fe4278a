using Azure.Core;

namespace ComplaintBot.Sentiment.Azure;

/// <summary>Pipeline options of the Azure AI Language client (retries, transport, diagnostics) and the API version.</summary>
public sealed class AzureLanguageClientOptions : ClientOptions
{
    public const string DefaultApiVersion = "2023-04-01";

    public string ApiVersion { get; set; } = DefaultApiVersion;
}
