using ComplaintBot.Protocol.Auth;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Protocol.Connector;

/// <summary>Refuses connector settings that would send the token somewhere unsafe or make retries meaningless.</summary>
public sealed class BotConnectorOptionsValidator : IValidateOptions<BotConnectorOptions>
{
    public ValidateOptionsResult Validate(string? name, BotConnectorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var serviceUrl in options.TrustedServiceUrls)
        {
            if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var url) || !BotAuthenticationOptionsValidator.IsHttpsOrLoopback(url))
            {
                failures.Add("BotConnector:TrustedServiceUrls must hold absolute HTTPS URLs (plain HTTP only on a loopback address).");
                break;
            }
        }

        if (options.MaxRetries is < 0 or > 10)
        {
            failures.Add("BotConnector:MaxRetries must be between 0 and 10.");
        }

        if (options.RetryBaseDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.RetryBaseDelay)
        {
            failures.Add("BotConnector:RetryBaseDelay must be positive and not above MaxRetryDelay.");
        }

        if (options.MaxRetryAfter < TimeSpan.Zero)
        {
            failures.Add("BotConnector:MaxRetryAfter must not be negative.");
        }

        if (options.AttemptTimeout <= TimeSpan.Zero || options.AttemptTimeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("BotConnector:AttemptTimeout must be positive and at most 5 minutes.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
