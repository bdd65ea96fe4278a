using Polly;

namespace ComplaintBot.Protocol.Connector;

/// <summary>Connector clients over the named <see cref="HttpClientName"/> client of <see cref="IHttpClientFactory"/>.</summary>
public sealed class ConnectorClientFactory : IConnectorClientFactory
{
    public const string HttpClientName = "BotConnector";

    private readonly IHttpClientFactory _httpClients;
    private readonly IBotTokenProvider _tokens;
    private readonly IServiceUrlTrust _trust;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorClientFactory(IHttpClientFactory httpClients, IBotTokenProvider tokens, IServiceUrlTrust trust, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        _httpClients = httpClients ?? throw new ArgumentNullException(nameof(httpClients));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _trust = trust ?? throw new ArgumentNullException(nameof(trust));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
    }

    /// <exception cref="ArgumentException">The service URL is not an absolute HTTP(S) URL.</exception>
    public IConnectorClient Create(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url))
        {
            throw new ArgumentException("A service URL must be an absolute HTTP(S) URL.", nameof(serviceUrl));
        }

        return new ConnectorClient(_httpClients.CreateClient(HttpClientName), url, _tokens, _trust, _pipeline);
    }
}
