using Microsoft.Identity.Client;

namespace ComplaintBot.Protocol.Connector;

/// <summary>Gives MSAL the named <see cref="ClientCredentialsBotTokenProvider.HttpClientName"/> client of <see cref="IHttpClientFactory"/>.</summary>
public sealed class MsalHttpClientFactory : IMsalHttpClientFactory
{
    private readonly IHttpClientFactory _httpClients;

    public MsalHttpClientFactory(IHttpClientFactory httpClients)
    {
        _httpClients = httpClients ?? throw new ArgumentNullException(nameof(httpClients));
    }

    public HttpClient GetHttpClient() => _httpClients.CreateClient(ClientCredentialsBotTokenProvider.HttpClientName);
}
