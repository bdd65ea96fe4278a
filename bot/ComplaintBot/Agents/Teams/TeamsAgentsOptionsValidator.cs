using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Teams;

/// <summary>Checks <see cref="TeamsAgentsOptions"/> at start: when the channel is set, everything needed to post there is.</summary>
public sealed class TeamsAgentsOptionsValidator : IValidateOptions<TeamsAgentsOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsAgentsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.RetryInterval < TimeSpan.FromSeconds(30) || options.RetryInterval > TimeSpan.FromHours(1))
        {
            failures.Add("Agents:Teams:RetryInterval must be between 00:00:30 and 01:00:00.");
        }

        if (options.TranscriptLines is < 1 or > 50)
        {
            failures.Add("Agents:Teams:TranscriptLines must be between 1 and 50.");
        }

        if (!options.IsEnabled)
        {
            if (!string.IsNullOrWhiteSpace(options.ServiceUrl) || !string.IsNullOrWhiteSpace(options.TenantId))
            {
                failures.Add("Agents:Teams:ChannelId is required when Agents:Teams:ServiceUrl or TenantId is set.");
            }

            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }

        if (!options.ChannelId!.StartsWith("19:", StringComparison.Ordinal))
        {
            failures.Add("Agents:Teams:ChannelId must be a Teams channel id (19:…@thread.tacv2).");
        }

        if (!Uri.TryCreate(options.ServiceUrl, UriKind.Absolute, out var serviceUrl) || (serviceUrl.Scheme != Uri.UriSchemeHttps && serviceUrl.Scheme != Uri.UriSchemeHttp))
        {
            failures.Add("Agents:Teams:ServiceUrl must be the absolute HTTPS service URL of the agents' tenant (e.g. https://smba.trafficmanager.net/emea/).");
        }

        if (!Guid.TryParse(options.TenantId, out _))
        {
            failures.Add("Agents:Teams:TenantId must be the agents' Microsoft Entra tenant id (a GUID).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
