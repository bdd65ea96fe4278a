using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Tests.Channels;

/// <summary>
/// A Bot Connector channel on Kestrel at 127.0.0.1 (an ephemeral port): records every call the bot makes under
/// <c>/v3/</c> and answers with scripted responses (then <c>200 {"id":"stub-N"}</c>). Use <see cref="ServiceUrl"/>
/// as the activity's <c>serviceUrl</c>.
/// </summary>
public sealed class StubChannel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<StubResponse> _script = new();
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private int _nextId;

    private StubChannel(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The channel's service URL, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri ServiceUrl { get; private set; } = null!;

    /// <summary>Every call received so far, in order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    public static async Task<StubChannel> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var channel = new StubChannel(app);
        app.Map("/{**path}", channel.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        channel.ServiceUrl = new Uri(address.TrimEnd('/') + "/");
        return channel;
    }

    /// <summary>Answers the next call with <paramref name="status"/> (and the given body and headers) instead of success.</summary>
    public StubChannel Enqueue(HttpStatusCode status, string? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        _script.Enqueue(new StubResponse(status, body, headers));
        return this;
    }

    /// <summary>Leaves the next call unanswered until the caller gives up on it.</summary>
    public StubChannel EnqueueNoAnswer()
    {
        _script.Enqueue(new StubResponse(Status: 0, Body: null, Headers: null));
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            context.Request.Headers.Authorization.ToString() is { Length: > 0 } authorization ? authorization : null,
            context.Request.ContentType,
            body));

        if (_script.TryDequeue(out var scripted))
        {
            if (scripted.Status == 0)
            {
                var aborted = new TaskCompletionSource();
                using (context.RequestAborted.Register(() => aborted.TrySetResult()))
                {
                    await aborted.Task;
                }

                return;
            }

            context.Response.StatusCode = (int)scripted.Status;
            foreach (var (name, value) in scripted.Headers ?? new Dictionary<string, string>())
            {
                context.Response.Headers[name] = value;
            }

            if (scripted.Body is not null)
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(scripted.Body, context.RequestAborted);
            }

            return;
        }

        var id = Interlocked.Increment(ref _nextId);
        await context.Response.WriteAsJsonAsync(new { id = $"stub-{id}" }, context.RequestAborted);
    }

    private sealed record StubResponse(HttpStatusCode Status, string? Body, IReadOnlyDictionary<string, string>? Headers);
}

/// <summary>One call the bot made to the stub channel; <see cref="RawTarget"/> is the path and query as sent (still escaped).</summary>
public sealed record RecordedRequest(string Method, string RawTarget, string? Authorization, string? ContentType, string Body);
