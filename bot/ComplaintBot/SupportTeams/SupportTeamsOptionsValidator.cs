using System.Net;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>Refuses to start with a support-team target that cannot work, naming the setting to fix.</summary>
public sealed class SupportTeamsOptionsValidator : IValidateOptions<SupportTeamsOptions>
{
    public const int MinimumSecretLength = 32;

    public ValidateOptionsResult Validate(string? name, SupportTeamsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (!TryFindTimeZone(options.DigestTimeZone, out _))
        {
            failures.Add($"SupportTeams:DigestTimeZone '{options.DigestTimeZone}' is not a known time zone; use an IANA id such as Europe/Ljubljana.");
        }

        var webhook = options.Webhook;
        if (webhook.IsEnabled)
        {
            if (!IsAcceptableUrl(webhook.Url))
            {
                failures.Add("SupportTeams:Webhook:Url must be an absolute HTTPS URL (HTTP only to a loopback address).");
            }

            if (string.IsNullOrEmpty(webhook.Secret) || webhook.Secret.Length < MinimumSecretLength)
            {
                failures.Add($"SupportTeams:Webhook:Secret must be set (at least {MinimumSecretLength} characters) when the webhook is enabled; keep it in a secret store or an environment variable.");
            }

            if (webhook.Timeout <= TimeSpan.Zero || webhook.Timeout > TimeSpan.FromMinutes(5))
            {
                failures.Add("SupportTeams:Webhook:Timeout must be between 0 and 5 minutes.");
            }
        }

        var teams = options.TeamsChannel;
        if (teams.IsEnabled)
        {
            if (!IsAcceptableUrl(teams.ServiceUrl))
            {
                failures.Add("SupportTeams:TeamsChannel:ServiceUrl must be an absolute HTTPS URL (HTTP only to a loopback address).");
            }

            if (string.IsNullOrWhiteSpace(teams.ConversationId)
                && (string.IsNullOrWhiteSpace(teams.ChannelId) || string.IsNullOrWhiteSpace(teams.TenantId)))
            {
                failures.Add("SupportTeams:TeamsChannel needs ChannelId and TenantId, or ConversationId.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    public static bool TryFindTimeZone(string? id, out TimeZoneInfo timeZone)
    {
        timeZone = TimeZoneInfo.Utc;
        return !string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out timeZone!);
    }

    private static bool IsAcceptableUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var url)
        && (url.Scheme == Uri.UriSchemeHttps
            || (url.Scheme == Uri.UriSchemeHttp && (url.IsLoopback || (IPAddress.TryParse(url.Host, out var ip) && IPAddress.IsLoopback(ip)))));
}
