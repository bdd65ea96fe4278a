using System.Globalization;
using Azure;
using Azure.Core;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Sentiment.Azure;

namespace ComplaintBot.Sentiment.Tests;

public sealed class AzureLanguageClientTests : IAsyncLifetime
{
    private FakeLanguageService _service = null!;

    public async Task InitializeAsync() => _service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private AzureLanguageClient Client(int retries = 0)
    {
        var options = new AzureLanguageClientOptions();
        options.Retry.MaxRetries = retries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        return new AzureLanguageClient(_service.Endpoint, new AzureKeyCredential("test-key"), options);
    }

    [Fact]
    public async Task AnalyzeSentiment_SendsTheDocumentedRequestAndReadsTheScores()
    {
        _service.Handler = (context, body) => FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body, "negative", 0.9));

        var results = await Client().AnalyzeSentimentAsync([new("Paket je poškodovan.", "sl"), new("包裹破损了", "zh-CN")], CancellationToken.None);

        var (_, body, key, _, query) = Assert.Single(_service.Requests);
        Assert.Equal("test-key", key);
        Assert.Equal("?api-version=2023-04-01", query);
        Assert.Equal("SentimentAnalysis", body["kind"]!.GetValue<string>());
        Assert.True(body["parameters"]!["opinionMining"]!.GetValue<bool>());
        Assert.Equal("zh-hans", body["analysisInput"]!["documents"]![1]!["language"]!.GetValue<string>());
        Assert.All(results, r => Assert.False(r.HasError));
        Assert.Equal(SentimentLabel.Negative, results[0].Value!.Label);
        Assert.Equal(0.9, results[0].Value!.Negative, 6);
        Assert.Equal("zh", results[1].Value!.Language);
    }

    [Fact]
    public async Task AnalyzeSentiment_PerDocumentError_IsReturnedWithItsInnerCodeNextToTheOtherResults()
    {
        _service.Handler = (context, body) => FakeLanguageService.Json(context, """
            {"kind":"SentimentAnalysisResults","results":{"documents":[{"id":"0","sentiment":"positive","confidenceScores":{"positive":0.9,"neutral":0.1,"negative":0.0},"sentences":[],"warnings":[]}],
             "errors":[{"id":"1","error":{"code":"InvalidArgument","message":"Invalid Language Code.","innererror":{"code":"UnsupportedLanguageCode","message":"Invalid language code."}}}],"modelVersion":"2022-11-01"}}
            """);

        var results = await Client().AnalyzeSentimentAsync([new("Thanks!", "en"), new("Danke!", "xx")], CancellationToken.None);

        Assert.Equal(SentimentLabel.Positive, results[0].Value!.Label);
        Assert.Equal("UnsupportedLanguageCode", results[1].ErrorCode);
    }

    [Fact]
    public async Task AnalyzeSentiment_TwentyThreeDocuments_GoInBatchesOfTenAndComeBackInOrder()
    {
        _service.Handler = (context, body) => FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body, "neutral", 0.1));
        var documents = Enumerable.Range(0, 23).Select(i => new LanguageDocument(i.ToString(CultureInfo.InvariantCulture), "en")).ToList();

        var results = await Client().AnalyzeSentimentAsync(documents, CancellationToken.None);

        Assert.Equal([10, 10, 3], _service.Requests.Select(r => r.Body["analysisInput"]!["documents"]!.AsArray().Count));
        Assert.Equal(23, results.Count);
        Assert.All(results, r => Assert.Equal(SentimentLabel.Neutral, r.Value!.Label));
    }

    [Fact]
    public async Task AnalyzeSentiment_LongText_IsCutTo5120TextElements()
    {
        _service.Handler = (context, body) => FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body));
        var text = string.Concat(Enumerable.Repeat("👍🏽", 6000));

        await Client().AnalyzeSentimentAsync([new(text, "en")], CancellationToken.None);

        var sent = _service.Requests.Single().Body["analysisInput"]!["documents"]![0]!["text"]!.GetValue<string>();
        Assert.Equal(5120, new StringInfo(sent).LengthInTextElements);
    }

    [Fact]
    public async Task AnalyzeSentiment_Throttled_ThrowsWithTheServiceCodeAndRetryAfter()
    {
        _service.Handler = (context, _) =>
        {
            context.Response.Headers.RetryAfter = "7";
            return FakeLanguageService.Json(context, """{"error":{"code":"429","message":"Requests have exceeded rate limit. Please retry after 7 seconds."}}""", 429);
        };

        var failure = await Assert.ThrowsAsync<AzureLanguageException>(() => Client().AnalyzeSentimentAsync([new("x", "en")], CancellationToken.None));

        Assert.Equal(429, failure.Status);
        Assert.Equal("429", failure.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(7), failure.RetryAfter);
    }

    [Fact]
    public async Task AnalyzeSentiment_ThrottledOnceWithRetryAfterMs_IsRetriedByThePipeline()
    {
        var calls = 0;
        _service.Handler = (context, body) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                context.Response.Headers["retry-after-ms"] = "1";
                return FakeLanguageService.Json(context, """{"error":{"code":"429","message":"Too many requests."}}""", 429);
            }

            return FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body));
        };

        var results = await Client(retries: 1).AnalyzeSentimentAsync([new("x", "en")], CancellationToken.None);

        Assert.Equal(2, calls);
        Assert.False(results[0].HasError);
    }

    [Fact]
    public async Task AnalyzeSentiment_BadRequestWithInnerErrorCapitalE_ReportsTheInnerCode()
    {
        _service.Handler = (context, _) => FakeLanguageService.Json(context, """
            {"error":{"code":"InvalidRequest","innerError":{"code":"InvalidDocument","message":"Request contains duplicated Ids. Make sure each document has a unique Id."},"message":"Invalid document in request."}}
            """, 400);

        var failure = await Assert.ThrowsAsync<AzureLanguageException>(() => Client().AnalyzeSentimentAsync([new("x", "en")], CancellationToken.None));

        Assert.Equal(400, failure.Status);
        Assert.Equal("InvalidDocument", failure.ErrorCode);
        Assert.Null(failure.RetryAfter);
    }

    [Fact]
    public async Task AnalyzeSentiment_WrongKey_ThrowsTheGatewayCode()
    {
        _service.Handler = (context, _) => FakeLanguageService.Json(context, """{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint."}}""", 401);

        var failure = await Assert.ThrowsAsync<AzureLanguageException>(() => Client().AnalyzeSentimentAsync([new("x", "en")], CancellationToken.None));

        Assert.Equal("401", failure.ErrorCode);
    }

    [Fact]
    public async Task TokenCredential_AsksForTheCognitiveServicesScope()
    {
        // Azure.Core sends bearer tokens over TLS only, so this points at a closed HTTPS port: the token is asked for
        // before the connection fails.
        var credential = new StaticTokenCredential();
        var options = new AzureLanguageClientOptions();
        options.Retry.MaxRetries = 0;
        var client = new AzureLanguageClient(new Uri("https://127.0.0.1:1"), credential, options);

        await Assert.ThrowsAsync<RequestFailedException>(() => client.AnalyzeSentimentAsync([new("x", "en")], CancellationToken.None));

        Assert.Equal([AzureLanguageClient.Scope], credential.Scopes);
    }

    [Fact]
    public async Task DetectLanguage_MapsChineseAndUnknown()
    {
        _service.Handler = (context, _) => FakeLanguageService.Json(context, """
            {"kind":"LanguageDetectionResults","results":{"documents":[
              {"id":"0","detectedLanguage":{"name":"Chinese_Simplified","iso6391Name":"zh_chs","confidenceScore":1.0},"warnings":[]},
              {"id":"1","detectedLanguage":{"name":"(Unknown)","iso6391Name":"(Unknown)","confidenceScore":0.0},"warnings":[]},
              {"id":"2","detectedLanguage":{"name":"Slovenian","iso6391Name":"sl","confidenceScore":0.99},"warnings":[]}],
             "errors":[],"modelVersion":"2023-12-01"}}
            """);

        var results = await Client().DetectLanguageAsync(["包裹破损了", ":-)", "Paket je poškodovan"], CancellationToken.None);

        Assert.Equal("LanguageDetection", _service.Requests.Single().Body["kind"]!.GetValue<string>());
        Assert.Equal(["zh", null, "sl"], results.Select(r => r.Value));
    }

    private sealed class StaticTokenCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-for-tests", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken)
            => ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
