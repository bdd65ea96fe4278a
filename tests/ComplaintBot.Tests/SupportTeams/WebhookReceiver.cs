using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Tests.SupportTeams;

/// <summary>
/// A webhook receiver on Kestrel at 127.0.0.1 (an ephemeral port) that checks each delivery as the README tells a
/// receiver to — the HMAC-SHA256 over "timestamp.body", compared in constant time, and the timestamp within five
/// minutes of its clock — records it, and answers with scripted statuses (then 200).
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(5);

    private readonly WebApplication _app;
    private readonly string _secret;
    private readonly ConcurrentQueue<HttpStatusCode> _script = new();
    private readonly ConcurrentQueue<WebhookDelivery> _deliveries = new();

    private WebhookReceiver(WebApplication app, string secret, TimeProvider clock)
    {
        _app = app;
        _secret = secret;
        Clock = clock;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>The clock the timestamps are checked against (the bot's, when it runs on a fake one).</summary>
    public TimeProvider Clock { get; set; }

    /// <summary>Every request received, in order, whatever it was answered.</summary>
    public IReadOnlyList<WebhookDelivery> Deliveries => [.. _deliveries];

    /// <summary>The requests answered 2xx.</summary>
    public IReadOnlyList<WebhookDelivery> Accepted => [.. _deliveries.Where(delivery => delivery.Answer == HttpStatusCode.OK)];

    public static async Task<WebhookReceiver> StartAsync(string secret, TimeProvider clock)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, secret, clock);
        app.MapPost("/hooks/complaintbot", receiver.HandleAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.Url = new Uri(address.TrimEnd('/') + "/hooks/complaintbot");
        return receiver;
    }

    /// <summary>Answers the next request with <paramref name="status"/> instead of 200.</summary>
    public WebhookReceiver Enqueue(HttpStatusCode status)
    {
        _script.Enqueue(status);
        return this;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    /// <summary>The README's verification: recompute "sha256=" + hex(HMAC-SHA256(secret, timestamp + "." + body)).</summary>
    public static bool Verify(string secret, string? timestamp, string? signature, byte[] body, DateTimeOffset now)
    {
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || (now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > Tolerance
            || signature is null || !signature.StartsWith("sha256=", StringComparison.Ordinal))
        {
            return false;
        }

        var signed = Encoding.UTF8.GetBytes(timestamp + ".").Concat(body).ToArray();
        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed);
        byte[] given;
        try
        {
            given = Convert.FromHexString(signature["sha256=".Length..]);
        }
        catch (FormatException)
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        var headers = context.Request.Headers;
        var valid = Verify(_secret, headers["X-ComplaintBot-Timestamp"], headers["X-ComplaintBot-Signature"], body, Clock.GetUtcNow());
        var answer = !valid ? HttpStatusCode.Unauthorized : _script.TryDequeue(out var scripted) ? scripted : HttpStatusCode.OK;
        _deliveries.Enqueue(new WebhookDelivery(headers["X-ComplaintBot-Delivery"].ToString(), context.Request.ContentType, Encoding.UTF8.GetString(body), valid, answer));
        context.Response.StatusCode = (int)answer;
    }
}

/// <summary>One request the webhook received, whether its signature held, and what it was answered.</summary>
public sealed record WebhookDelivery(string DeliveryId, string? ContentType, string Body, bool SignatureValid, HttpStatusCode Answer);
