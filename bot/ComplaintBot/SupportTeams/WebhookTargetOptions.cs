namespace ComplaintBot.SupportTeams;

/// <summary>
/// <c>SupportTeams:Webhook</c>: an HTTPS endpoint (Jira, ServiceNow or Slack automation) that receives each
/// notification as JSON, signed with HMAC-SHA256 over the timestamp and the raw body with <see cref="Secret"/>.
/// </summary>
public sealed class WebhookTargetOptions
{
    /// <summary>The receiver's URL; HTTPS, or HTTP to a loopback address.</summary>
    public string? Url { get; set; }

    /// <summary>The shared signing secret (at least 32 characters); from a secret store or environment variable, never the repository.</summary>
    public string? Secret { get; set; }

    /// <summary>How long one delivery attempt may take. Default 30 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Url);
}
