using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// POSTs a notification's JSON to the configured webhook, signed as <see cref="WebhookSignature"/> describes, with the
/// notification id as the delivery id. 2xx is delivered; 408, 429, 5xx, a timeout or no connection are tried again
/// later; any other answer (a wrong URL, a refused signature, a redirect) is permanent.
/// </summary>
public sealed class WebhookClient(IHttpClientFactory httpClients, IOptions<SupportTeamsOptions> options, TimeProvider time) : ISupportTargetClient
{
    public const string HttpClientName = "SupportTeams.Webhook";

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json") { CharSet = "utf-8" };

    public SupportTarget Target => SupportTarget.Webhook;

    public async Task DeliverAsync(OutboxDelivery delivery, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        var settings = options.Value.Webhook;
        if (settings.Url is null || settings.Secret is null)
        {
            throw new SupportDeliveryException("SupportTeams:Webhook is not configured.", isPermanent: true);
        }

        var body = Encoding.UTF8.GetBytes(delivery.Payload);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(settings.Url, UriKind.Absolute)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = JsonContentType;
        request.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(settings.Secret, timestamp, body));
        request.Headers.Add(WebhookSignature.DeliveryHeader, delivery.NotificationId);
        try
        {
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                var status = (int)response.StatusCode;
                throw new SupportDeliveryException($"The webhook answered {status}.", IsPermanent(response.StatusCode));
            }
        }
        catch (HttpRequestException ex)
        {
            throw new SupportDeliveryException("The webhook could not be reached.", isPermanent: false, ex);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new SupportDeliveryException("The webhook did not answer in time.", isPermanent: false, ex);
        }
    }

    private static bool IsPermanent(HttpStatusCode status) =>
        (int)status < 500 && status is not (HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests);
}
