using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace ComplaintBot.Sentiment.Azure;

/// <summary>Sends the resource key in Ocp-Apim-Subscription-Key on every attempt (the key can be rotated in place).</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue(AzureLanguageClient.KeyHeader, credential.Key);
    }
}
