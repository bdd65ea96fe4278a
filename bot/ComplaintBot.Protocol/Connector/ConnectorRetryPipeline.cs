using System.Net;
using Polly;
using Polly.Retry;

namespace ComplaintBot.Protocol.Connector;

/// <summary>
/// The retry policy of connector calls (Teams' guidance): a 429 waits for its Retry-After (else backs off); 412, 502,
/// 503, 504, timeouts and connection failures back off exponentially with jitter; nothing else is retried. Delays run
/// on the given <see cref="TimeProvider"/>.
/// </summary>
public static class ConnectorRetryPipeline
{
    public static ResiliencePipeline<HttpResponseMessage> Create(BotConnectorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        if (options.MaxRetries == 0)
        {
            return ResiliencePipeline<HttpResponseMessage>.Empty;
        }

        return new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = options.MaxRetryDelay,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options, time, args.Context.CancellationToken)),
                DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, time)),
            })
            .Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, BotConnectorOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        if (outcome.Exception is not null)
        {
            return outcome.Exception is HttpRequestException
                || (outcome.Exception is OperationCanceledException && !cancellationToken.IsCancellationRequested);
        }

        return outcome.Result?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => (RetryAfter(outcome.Result, time) ?? TimeSpan.Zero) <= options.MaxRetryAfter,
            HttpStatusCode.PreconditionFailed or HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => true,
            _ => false,
        };
    }

    /// <summary>The wait a 429 asks for (seconds or an HTTP date); null for anything else, which means the exponential backoff.</summary>
    private static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeProvider time)
    {
        if (response?.StatusCode != HttpStatusCode.TooManyRequests || response.Headers.RetryAfter is not { } retryAfter)
        {
            return null;
        }

        if (retryAfter.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (retryAfter.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
