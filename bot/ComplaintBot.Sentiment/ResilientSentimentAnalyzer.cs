using Azure;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Sentiment.Azure;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace ComplaintBot.Sentiment;

/// <summary>
/// Azure AI Language for the scores, the embedded analyzer for the upset signals (Azure does not see threats or
/// sarcasm) and for the answer whenever Azure is late (past the deadline), failing (circuit breaker open) or
/// throttling (until its Retry-After has passed). Escalation never waits on the network for longer than the deadline.
/// The combined scores are the mean of both analyzers': Azure's confidence is not an intensity.
/// </summary>
public sealed partial class ResilientSentimentAnalyzer : ISentimentAnalyzer
{
    public const string SourceName = "azure+embedded";

    private readonly AzureLanguageClient _azure;
    private readonly EmbeddedSentimentAnalyzer _embedded;
    private readonly TimeProvider _time;
    private readonly ILogger<ResilientSentimentAnalyzer> _logger;
    private readonly ResiliencePipeline _pipeline;
    private long _throttledUntilTicks;

    public ResilientSentimentAnalyzer(
        AzureLanguageClient azure,
        EmbeddedSentimentAnalyzer embedded,
        ResilientSentimentOptions options,
        TimeProvider time,
        ILogger<ResilientSentimentAnalyzer> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        _azure = azure ?? throw new ArgumentNullException(nameof(azure));
        _embedded = embedded ?? throw new ArgumentNullException(nameof(embedded));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _logger = logger ?? throw new ArgumentNullException(nameof(logger));
        _pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = 0.5,
                MinimumThroughput = options.MinimumThroughput,
                SamplingDuration = options.SamplingDuration,
                BreakDuration = options.BreakDuration,
                ShouldHandle = new PredicateBuilder().Handle<AzureLanguageException>().Handle<RequestFailedException>().Handle<TimeoutRejectedException>(),
            })
            .AddTimeout(options.Deadline)
            .Build();
    }

    public async ValueTask<SentimentAnalysis> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken)
    {
        var local = _embedded.Analyze(text, language);
        if (_time.GetUtcNow().UtcTicks < Interlocked.Read(ref _throttledUntilTicks))
        {
            return local;
        }

        try
        {
            var results = await _pipeline.ExecuteAsync(
                async token => await _azure.AnalyzeSentimentAsync([new LanguageDocument(text, local.Language)], token).ConfigureAwait(false),
                cancellationToken).ConfigureAwait(false);
            var result = results[0];
            if (result.HasError)
            {
                LogDocumentError(result.ErrorCode);
                return local;
            }

            return Combine(result.Value!, local);
        }
        catch (TimeoutRejectedException)
        {
            LogFallback("deadline passed");
            return local;
        }
        catch (BrokenCircuitException)
        {
            LogFallback("circuit open");
            return local;
        }
        catch (AzureLanguageException exception)
        {
            if (exception.RetryAfter is { } wait)
            {
                Interlocked.Exchange(ref _throttledUntilTicks, (_time.GetUtcNow() + wait).UtcTicks);
            }

            LogFallback(exception.ErrorCode ?? "error");
            return local;
        }
        catch (RequestFailedException exception)
        {
            LogFallback(exception.ErrorCode ?? exception.Status.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return local;
        }
    }

    private static SentimentAnalysis Combine(SentimentAnalysis azure, SentimentAnalysis local)
    {
        var positive = (azure.Positive + local.Positive) / 2;
        var neutral = (azure.Neutral + local.Neutral) / 2;
        var negative = (azure.Negative + local.Negative) / 2;
        var label = azure.Label == SentimentLabel.Mixed ? SentimentLabel.Mixed
            : negative >= positive && negative >= neutral ? SentimentLabel.Negative
            : positive >= neutral ? SentimentLabel.Positive
            : SentimentLabel.Neutral;
        return new SentimentAnalysis(label, positive, neutral, negative, local.Signals, local.Language, SourceName);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language unavailable ({Cause}); the embedded analyzer answered.")]
    private partial void LogFallback(string cause);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure AI Language could not analyse the message ({ErrorCode}); the embedded analyzer answered.")]
    private partial void LogDocumentError(string? errorCode);
}
