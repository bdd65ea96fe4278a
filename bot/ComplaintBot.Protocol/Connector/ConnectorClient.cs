using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Azure;
using Azure.Identity;
using ComplaintBot.Protocol.Schema;
using Microsoft.Identity.Client;
using Polly;

namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (v3) of one service URL. Sends the bot's token only to trusted service URLs, runs every
/// call through the retry pipeline, and turns a final failure into a <see cref="ConnectorException"/>.
/// </summary>
public sealed class ConnectorClient : IConnectorClient
{
    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    private readonly HttpClient _http;
    private readonly Uri _serviceUrl;
    private readonly IBotTokenProvider _tokens;
    private readonly IServiceUrlTrust _trust;
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ConnectorClient(HttpClient http, Uri serviceUrl, IBotTokenProvider tokens, IServiceUrlTrust trust, ResiliencePipeline<HttpResponseMessage> pipeline)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        _http = http ?? throw new ArgumentNullException(nameof(http));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _trust = trust ?? throw new ArgumentNullException(nameof(trust));
        _pipeline = pipeline ?? throw new ArgumentNullException(nameof(pipeline));
        _serviceUrl = NormalizeServiceUrl(serviceUrl);
    }

    public Uri ServiceUrl => _serviceUrl;

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Put, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken)
        => SendAsync<ResourceResponse>(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", body: null, cancellationToken);

    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken)
        => SendAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters ?? throw new ArgumentNullException(nameof(parameters)), cancellationToken);

    /// <summary>The service URL with a trailing slash, so relative API paths keep its path (e.g. Teams' <c>/amer/</c>).</summary>
    public static Uri NormalizeServiceUrl(Uri serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!serviceUrl.IsAbsoluteUri || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A service URL must be an absolute HTTP(S) URL.", nameof(serviceUrl));
        }

        var text = serviceUrl.GetLeftPart(UriPartial.Path);
        return new Uri(text.EndsWith('/') ? text : text + "/", UriKind.Absolute);
    }

    private static string Escape(string segment)
    {
        ArgumentException.ThrowIfNullOrEmpty(segment);
        return Uri.EscapeDataString(segment);
    }

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
        where T : class
    {
        var token = await AuthorizeAsync(cancellationToken).ConfigureAwait(false);
        var content = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
        var requestUri = new Uri(_serviceUrl, path);

        HttpResponseMessage response;
        try
        {
            response = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    using var request = new HttpRequestMessage(method, requestUri);
                    if (token is not null)
                    {
                        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                    }

                    if (content is not null)
                    {
                        request.Content = new ByteArrayContent(content);
                        request.Content.Headers.ContentType = JsonContentType;
                    }

                    return await _http.SendAsync(request, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ConnectorException(ConnectorFailure.Unavailable, statusCode: null, errorCode: null, "The channel could not be reached or did not answer in time.", ex);
        }

        using (response)
        {
            if (!response.IsSuccessStatusCode)
            {
                throw await ToExceptionAsync(response, cancellationToken).ConfigureAwait(false);
            }

            return await ReadAsync<T>(response, cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask<string?> AuthorizeAsync(CancellationToken cancellationToken)
    {
        string? token;
        try
        {
            token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is MsalException or AuthenticationFailedException or RequestFailedException or HttpRequestException)
        {
            throw new ConnectorException(ConnectorFailure.Unavailable, statusCode: null, errorCode: null, "The bot's token could not be acquired.", ex);
        }

        if (token is not null && !_trust.IsTrusted(_serviceUrl.AbsoluteUri))
        {
            throw new ConnectorException(ConnectorFailure.UntrustedServiceUrl, statusCode: null, errorCode: null, "The service URL is not trusted with the bot's token.");
        }

        return token;
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken)
        where T : class
    {
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return EmptyResponse<T>();
        }

        try
        {
            return JsonSerializer.Deserialize<T>(bytes, ProtocolJson.Options) ?? EmptyResponse<T>();
        }
        catch (JsonException)
        {
            return EmptyResponse<T>();
        }
    }

    private static T EmptyResponse<T>()
        where T : class
        => typeof(T) == typeof(ConversationResourceResponse)
            ? (T)(object)new ConversationResourceResponse(null, null, null)
            : (T)(object)new ResourceResponse(null);

    private static async Task<ConnectorException> ToExceptionAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var status = (int)response.StatusCode;
        var failure = response.StatusCode switch
        {
            HttpStatusCode.Forbidden => ConnectorFailure.Forbidden,
            HttpStatusCode.NotFound => ConnectorFailure.NotFound,
            HttpStatusCode.TooManyRequests => ConnectorFailure.Throttled,
            HttpStatusCode.PreconditionFailed => ConnectorFailure.Unavailable,
            _ when status >= 500 => ConnectorFailure.Unavailable,
            _ => ConnectorFailure.Rejected,
        };
        var errorCode = await ReadErrorCodeAsync(response, cancellationToken).ConfigureAwait(false);
        return new ConnectorException(failure, status, errorCode, $"The channel answered {status}{(errorCode is null ? string.Empty : $" ({errorCode})")}.");
    }

    /// <summary>The <c>error.code</c> of an <c>ErrorResponse</c> body, if the body is one.</summary>
    private static async Task<string?> ReadErrorCodeAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (bytes.Length == 0)
            {
                return null;
            }

            using var document = JsonDocument.Parse(bytes);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("code", out var code)
                && code.ValueKind == JsonValueKind.String
                    ? code.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
