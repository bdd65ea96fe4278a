using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Sentiment.Tests;

/// <summary>A stand-in for Azure AI Language on Kestrel at 127.0.0.1: each test sets how it answers and reads
/// what it was sent.</summary>
internal sealed class FakeLanguageService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLanguageService(WebApplication app) => _app = app;

    public Func<HttpContext, JsonNode, Task> Handler { get; set; } = (context, _) => Task.CompletedTask;

    public ConcurrentQueue<(HttpRequest Request, JsonNode Body, string? Key, string? Authorization, string Query)> Requests { get; } = new();

    public Uri Endpoint => new(_app.Urls.First());

    public static async Task<FakeLanguageService> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeLanguageService(app);
        app.Run(async context =>
        {
            if (context.Request.Path != "/language/:analyze-text")
            {
                context.Response.StatusCode = 404;
                return;
            }

            var body = (await JsonNode.ParseAsync(context.Request.Body))!;
            service.Requests.Enqueue((context.Request, body, context.Request.Headers["Ocp-Apim-Subscription-Key"], context.Request.Headers.Authorization, context.Request.QueryString.Value ?? ""));
            await service.Handler(context, body);
        });
        await app.StartAsync();
        return service;
    }

    /// <summary>The documented SentimentAnalysisResults body for every document of the request.</summary>
    public static string SentimentResults(JsonNode request, string sentiment = "negative", double negative = 0.9)
    {
        var documents = request["analysisInput"]!["documents"]!.AsArray().Select(d => new JsonObject
        {
            ["id"] = d!["id"]!.GetValue<string>(),
            ["sentiment"] = sentiment,
            ["confidenceScores"] = new JsonObject { ["positive"] = (1 - negative) / 2, ["neutral"] = (1 - negative) / 2, ["negative"] = negative },
            ["sentences"] = new JsonArray(),
            ["warnings"] = new JsonArray(),
        });
        return new JsonObject
        {
            ["kind"] = "SentimentAnalysisResults",
            ["results"] = new JsonObject { ["documents"] = new JsonArray([.. documents]), ["errors"] = new JsonArray(), ["modelVersion"] = "2022-11-01" },
        }.ToJsonString();
    }

    public static async Task Json(HttpContext context, string body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
