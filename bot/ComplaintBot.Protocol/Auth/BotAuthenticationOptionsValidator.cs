using Microsoft.Extensions.Options;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// Refuses settings the bot could not authenticate with: an unknown app type, missing credentials for the app type,
/// and token-service URLs that are not absolute HTTPS (plain HTTP is allowed only on a loopback address, for tests).
/// </summary>
public sealed class BotAuthenticationOptionsValidator : IValidateOptions<BotAuthenticationOptions>
{
    public ValidateOptionsResult Validate(string? name, BotAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        ValidateUrl(nameof(options.ToBotFromChannelOpenIdMetadataUrl), options.ToBotFromChannelOpenIdMetadataUrl, failures);
        ValidateUrl(nameof(options.ToBotFromEmulatorOpenIdMetadataUrl), options.ToBotFromEmulatorOpenIdMetadataUrl, failures);
        ValidateUrl(nameof(options.ToChannelFromBotLoginUrl), options.ToChannelFromBotLoginUrl, failures);

        if (!BotAuthenticationOptions.TryParseAppType(options.MicrosoftAppType, out var appType))
        {
            failures.Add("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.");
        }
        else if (!options.IsAuthenticationDisabled)
        {
            ValidateCredentials(appType, options, failures);
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>True for an absolute HTTPS URL, or plain HTTP on a loopback address.</summary>
    public static bool IsHttpsOrLoopback(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return url.IsAbsoluteUri
            && (url.Scheme == Uri.UriSchemeHttps || (url.Scheme == Uri.UriSchemeHttp && url.IsLoopback));
    }

    private static void ValidateCredentials(BotAppType appType, BotAuthenticationOptions options, List<string> failures)
    {
        var hasPassword = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (appType)
        {
            case BotAppType.MultiTenant when !hasPassword:
                failures.Add("MicrosoftAppPassword is required when MicrosoftAppId is set (MultiTenant).");
                break;
            case BotAppType.SingleTenant when !hasPassword || !hasTenant:
                failures.Add("SingleTenant needs MicrosoftAppId, MicrosoftAppPassword and MicrosoftAppTenantId.");
                break;
            case BotAppType.UserAssignedMsi when hasPassword || !hasTenant:
                failures.Add("UserAssignedMSI needs MicrosoftAppId and MicrosoftAppTenantId, and no MicrosoftAppPassword.");
                break;
        }
    }

    private static void ValidateUrl(string setting, string? value, List<string> failures)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var url) || !IsHttpsOrLoopback(url))
        {
            failures.Add($"{setting} must be an absolute HTTPS URL (plain HTTP only on a loopback address).");
        }
    }
}
