using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Sentiment.Azure;

/// <summary>
/// Azure AI Language over its REST contract (POST {endpoint}/language/:analyze-text): sentiment with opinion mining,
/// and language detection. Splits work into requests of at most 10 documents, cuts each text to 5,120 text
/// elements, returns per-document errors next to the results (in input order), and throws
/// <see cref="AzureLanguageException"/> with the service's code and Retry-After when a whole request is refused.
/// </summary>
public sealed class AzureLanguageClient
{
    public const string Scope = "https://cognitiveservices.azure.com/.default";
    public const string KeyHeader = "Ocp-Apim-Subscription-Key";
    public const string SourceName = "azure";
    internal const int MaxDocumentsPerRequest = 10;
    internal const int MaxTextElementsPerDocument = 5120;

    private static readonly string[] MillisecondRetryHeaders = ["retry-after-ms", "x-ms-retry-after-ms"];
    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    private readonly HttpPipeline _pipeline;
    private readonly Uri _endpoint;
    private readonly string _apiVersion;

    public AzureLanguageClient(Uri endpoint, AzureKeyCredential credential, AzureLanguageClientOptions? options = null)
        : this(endpoint, new SubscriptionKeyPolicy(credential ?? throw new ArgumentNullException(nameof(credential))), options)
    {
    }

    public AzureLanguageClient(Uri endpoint, TokenCredential credential, AzureLanguageClientOptions? options = null)
        : this(endpoint, new BearerTokenAuthenticationPolicy(credential ?? throw new ArgumentNullException(nameof(credential)), Scope), options)
    {
    }

    private AzureLanguageClient(Uri endpoint, HttpPipelinePolicy authentication, AzureLanguageClientOptions? options)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        options ??= new AzureLanguageClientOptions();
        _endpoint = endpoint;
        _apiVersion = options.ApiVersion;
        _pipeline = HttpPipelineBuilder.Build(options, authentication);
    }

    /// <summary>Sentiment (with opinion mining) for each document, in input order; the scores are the document's.</summary>
    public async Task<IReadOnlyList<DocumentResult<SentimentAnalysis>>> AnalyzeSentimentAsync(
        IReadOnlyList<LanguageDocument> documents, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var results = new List<DocumentResult<SentimentAnalysis>>(documents.Count);
        foreach (var batch in documents.Chunk(MaxDocumentsPerRequest))
        {
            var inputs = batch.Select((d, i) => new InputDocument(Id(i), Truncate(d.Text), ServiceLanguage(d.Language), null)).ToList();
            var request = new AnalyzeTextRequest(
                "SentimentAnalysis",
                new AnalyzeTextParameters("latest", OpinionMining: true, StringIndexType: "Utf16CodeUnit"),
                new AnalysisInput(inputs));
            var response = await SendAsync<SentimentDocument>(request, cancellationToken).ConfigureAwait(false);
            results.AddRange(InOrder(batch.Length, response, (document, i) => ToAnalysis(document, batch[i].Language)));
        }

        return results;
    }

    /// <summary>The language of each text as one of the bot's codes ("zh_chs" → "zh"), or the service's own code for
    /// other languages; null when the service cannot tell ("(Unknown)").</summary>
    public async Task<IReadOnlyList<DocumentResult<string>>> DetectLanguageAsync(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var results = new List<DocumentResult<string>>(texts.Count);
        foreach (var batch in texts.Chunk(MaxDocumentsPerRequest))
        {
            var inputs = batch.Select((text, i) => new InputDocument(Id(i), Truncate(text), null, string.Empty)).ToList();
            var request = new AnalyzeTextRequest(
                "LanguageDetection", new AnalyzeTextParameters("latest", null, null), new AnalysisInput(inputs));
            var response = await SendAsync<DetectedLanguageDocument>(request, cancellationToken).ConfigureAwait(false);
            results.AddRange(InOrder(batch.Length, response, (document, _) => BotLanguage(document.DetectedLanguage.Iso6391Name)));
        }

        return results;
    }

    /// <summary>The code the sentiment API expects: Simplified Chinese is "zh-hans", whatever the channel called it.</summary>
    internal static string? ServiceLanguage(string? language)
        => SupportedLanguages.FromLocale(language) is { } culture
            ? (culture.Equals(SupportedLanguages.Chinese) ? "zh-hans" : SupportedLanguages.Code(culture))
            : language;

    internal static string? BotLanguage(string? detected)
    {
        if (string.IsNullOrEmpty(detected) || detected == "(Unknown)")
        {
            return null;
        }

        return SupportedLanguages.FromLocale(detected) is { } culture ? SupportedLanguages.Code(culture) : detected.Replace('_', '-');
    }

    private static string Id(int index) => index.ToString(CultureInfo.InvariantCulture);

    private static string Truncate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= MaxTextElementsPerDocument)
        {
            return text;
        }

        var elements = StringInfo.ParseCombiningCharacters(text);
        return elements.Length <= MaxTextElementsPerDocument ? text : text[..elements[MaxTextElementsPerDocument]];
    }

    private static IEnumerable<DocumentResult<T>> InOrder<TDocument, T>(
        int count, TaskResults<TDocument> response, Func<TDocument, int, T?> map)
        where TDocument : IServiceDocument
    {
        var byIndex = new DocumentResult<T>[count];
        foreach (var document in response.Documents ?? [])
        {
            var index = IndexOf(document.Id);
            byIndex[index] = new DocumentResult<T>(map(document, index), null, null);
        }

        foreach (var error in response.Errors ?? [])
        {
            byIndex[IndexOf(error.Id)] = new DocumentResult<T>(default, error.Error.InnermostCode ?? "Unknown", error.Error.InnermostMessage);
        }

        return byIndex.Select(result => result ?? new DocumentResult<T>(default, "MissingResult", "The service returned no result for this document."));
    }

    private static int IndexOf(string id) => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);

    private static SentimentAnalysis ToAnalysis(SentimentDocument document, string? language)
    {
        var scores = document.ConfidenceScores;
        var label = document.Sentiment.ToUpperInvariant() switch
        {
            "POSITIVE" => SentimentLabel.Positive,
            "NEGATIVE" => SentimentLabel.Negative,
            "MIXED" => SentimentLabel.Mixed,
            _ => SentimentLabel.Neutral,
        };
        return new SentimentAnalysis(label, scores.Positive, scores.Neutral, scores.Negative, [], BotLanguage(language), SourceName);
    }

    private async Task<TaskResults<TDocument>> SendAsync<TDocument>(AnalyzeTextRequest body, CancellationToken cancellationToken)
        where TDocument : IServiceDocument
    {
        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_endpoint);
        request.Uri.AppendPath("/language/:analyze-text", escape: false);
        request.Uri.AppendQuery("api-version", _apiVersion);
        request.Headers.Add(HttpHeader.Common.JsonContentType);
        request.Content = RequestContent.Create(JsonSerializer.SerializeToUtf8Bytes(body));

        await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var response = message.Response;
        if (response.IsError)
        {
            throw Failure(response);
        }

        var parsed = JsonSerializer.Deserialize<AnalyzeTextResponse<TDocument>>(response.Content.ToMemory().Span, ReadOptions);
        return parsed?.Results ?? throw new AzureLanguageException(response.Status, null, "The service answered without results.", null);
    }

    private static AzureLanguageException Failure(Response response)
    {
        ServiceError? error = null;
        try
        {
            error = JsonSerializer.Deserialize<ErrorResponse>(response.Content.ToMemory().Span, ReadOptions)?.Error;
        }
        catch (JsonException)
        {
            // A gateway or proxy answered with something that is not the documented error body; the status says enough.
        }

        var code = error?.InnermostCode ?? response.Status.ToString(CultureInfo.InvariantCulture);
        return new AzureLanguageException(
            response.Status,
            code,
            $"Azure AI Language refused the request: {response.Status} {code}: {error?.InnermostMessage ?? response.ReasonPhrase}",
            RetryAfter(response));
    }

    /// <summary>The wait the service asked for: retry-after-ms, x-ms-retry-after-ms (milliseconds) or Retry-After
    /// (seconds, or an HTTP date).</summary>
    internal static TimeSpan? RetryAfter(Response response)
    {
        foreach (var header in MillisecondRetryHeaders)
        {
            if (response.Headers.TryGetValue(header, out var value) && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms))
            {
                return TimeSpan.FromMilliseconds(ms);
            }
        }

        if (response.Headers.TryGetValue("Retry-After", out var retryAfter))
        {
            if (int.TryParse(retryAfter, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            {
                return TimeSpan.FromSeconds(seconds);
            }

            if (response.Headers.Date is { } now && DateTimeOffset.TryParse(retryAfter, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            {
                return at > now ? at - now : TimeSpan.Zero;
            }
        }

        return null;
    }
}
