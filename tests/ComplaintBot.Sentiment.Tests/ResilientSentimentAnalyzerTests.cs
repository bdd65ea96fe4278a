using Azure;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Sentiment.Azure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Sentiment.Tests;

public sealed class ResilientSentimentAnalyzerTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new();
    private FakeLanguageService _service = null!;

    public async Task InitializeAsync() => _service = await FakeLanguageService.StartAsync();

    public async Task DisposeAsync() => await _service.DisposeAsync();

    private ResilientSentimentAnalyzer Analyzer()
    {
        var options = new AzureLanguageClientOptions();
        options.Retry.MaxRetries = 0;
        var client = new AzureLanguageClient(_service.Endpoint, new AzureKeyCredential("k"), options);
        return new ResilientSentimentAnalyzer(client, new EmbeddedSentimentAnalyzer(), new ResilientSentimentOptions(), _time, NullLogger<ResilientSentimentAnalyzer>.Instance);
    }

    [Fact]
    public async Task Analyze_AzureAnswers_CombinesItsScoresWithTheEmbeddedSignals()
    {
        _service.Handler = (context, body) => FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body, "positive", 0.0));

        var analysis = await Analyzer().AnalyzeAsync("Thanks for nothing.", "en", CancellationToken.None);

        Assert.Equal(ResilientSentimentAnalyzer.SourceName, analysis.Source);
        Assert.True(analysis.Has(UpsetSignalKind.Sarcasm));
        Assert.Equal(1.0, analysis.Positive + analysis.Neutral + analysis.Negative, 6);
    }

    [Fact]
    public async Task Analyze_AzureSlowerThanTheDeadline_GivesTheEmbeddedAnswer()
    {
        var received = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _service.Handler = async (context, body) =>
        {
            received.SetResult();
            await gate.Task;
            await FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body));
        };

        var pending = Analyzer().AnalyzeAsync("I want to speak to a manager.", "en", CancellationToken.None).AsTask();
        await received.Task;
        _time.Advance(TimeSpan.FromSeconds(1));
        var analysis = await pending;
        gate.SetResult();

        Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, analysis.Source);
        Assert.True(analysis.AsksForPerson);
    }

    [Fact]
    public async Task Analyze_AzureFailingRepeatedly_OpensTheBreakerAndStopsCallingIt()
    {
        _service.Handler = (context, _) => FakeLanguageService.Json(context, """{"error":{"code":"InternalServerError","message":"Internal Server Error"}}""", 500);
        var analyzer = Analyzer();

        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, (await analyzer.AnalyzeAsync("Where is my parcel?", "en", CancellationToken.None)).Source);
        }

        Assert.Equal(4, _service.Requests.Count);
    }

    [Fact]
    public async Task Analyze_Throttled_LeavesAzureAloneUntilRetryAfterHasPassed()
    {
        var throttle = true;
        _service.Handler = (context, body) =>
        {
            if (throttle)
            {
                context.Response.Headers.RetryAfter = "5";
                return FakeLanguageService.Json(context, """{"error":{"code":"429","message":"Rate limit."}}""", 429);
            }

            return FakeLanguageService.Json(context, FakeLanguageService.SentimentResults(body));
        };
        var analyzer = Analyzer();

        Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, (await analyzer.AnalyzeAsync("a", "en", CancellationToken.None)).Source);
        throttle = false;
        Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, (await analyzer.AnalyzeAsync("b", "en", CancellationToken.None)).Source);
        Assert.Single(_service.Requests);

        _time.Advance(TimeSpan.FromSeconds(6));
        Assert.Equal(ResilientSentimentAnalyzer.SourceName, (await analyzer.AnalyzeAsync("c", "en", CancellationToken.None)).Source);
    }

    [Fact]
    public async Task Analyze_DocumentError_GivesTheEmbeddedAnswer()
    {
        _service.Handler = (context, _) => FakeLanguageService.Json(context, """
            {"kind":"SentimentAnalysisResults","results":{"documents":[],"errors":[{"id":"0","error":{"code":"InvalidArgument","message":"Invalid document in request.","innererror":{"code":"InvalidDocument","message":"Document text is empty."}}}],"modelVersion":"2022-11-01"}}
            """);

        Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, (await Analyzer().AnalyzeAsync("x", "en", CancellationToken.None)).Source);
    }

    [Theory]
    [InlineData(null, typeof(EmbeddedSentimentAnalyzer))]
    [InlineData("https://example.cognitiveservices.azure.com", typeof(ResilientSentimentAnalyzer))]
    public void AddSentimentAnalysis_ChoosesAzureOnlyWhenAnEndpointIsSet(string? endpoint, Type expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Sentiment:Azure:Endpoint"] = endpoint,
            ["Sentiment:Azure:ApiKey"] = endpoint is null ? null : "k",
        }).Build();
        using var provider = new ServiceCollection().AddLogging().AddSentimentAnalysis(configuration).BuildServiceProvider();

        Assert.IsType(expected, provider.GetRequiredService<ISentimentAnalyzer>());
        Assert.NotNull(provider.GetRequiredService<EscalationPolicy>());
    }
}
