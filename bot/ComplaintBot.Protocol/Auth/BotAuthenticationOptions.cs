using System.Globalization;
using System.Text;

namespace ComplaintBot.Protocol.Auth;

/// <summary>
/// The bot's identity and the addresses of the Bot Framework's token services, bound from the configuration root
/// with the SDK's setting names. Empty values mean "the public cloud's default"; an empty <see cref="MicrosoftAppId"/>
/// disables authentication (local development only).
/// </summary>
public sealed class BotAuthenticationOptions
{
    private static readonly CompositeFormat LoginUrlTemplate = CompositeFormat.Parse(AuthenticationConstants.ToChannelFromBotLoginUrlTemplate);

    /// <summary><c>MultiTenant</c> (default), <c>SingleTenant</c> or <c>UserAssignedMSI</c>, ignoring case.</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>OpenID metadata of the Bot Framework channel service (default: the public cloud's).</summary>
    public string? ToBotFromChannelOpenIdMetadataUrl { get; set; }

    /// <summary>OpenID metadata for Emulator / Entra ID tokens (default: the public cloud's).</summary>
    public string? ToBotFromEmulatorOpenIdMetadataUrl { get; set; }

    /// <summary>The authority outbound tokens come from (default: <c>https://login.microsoftonline.com/{tenant}</c>).</summary>
    public string? ToChannelFromBotLoginUrl { get; set; }

    /// <summary>The resource outbound tokens are for (default: <c>https://api.botframework.com</c>).</summary>
    public string? ToChannelFromBotOAuthScope { get; set; }

    /// <summary>True when no app id is configured: anonymous requests are accepted and no token is sent.</summary>
    public bool IsAuthenticationDisabled => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The parsed app type; call only on validated options.</summary>
    public BotAppType GetAppType()
        => TryParseAppType(MicrosoftAppType, out var type) ? type : throw new InvalidOperationException("MicrosoftAppType is not valid.");

    public Uri GetChannelOpenIdMetadataUrl() => UrlOrDefault(ToBotFromChannelOpenIdMetadataUrl, AuthenticationConstants.ChannelOpenIdMetadataUrl);

    public Uri GetEmulatorOpenIdMetadataUrl() => UrlOrDefault(ToBotFromEmulatorOpenIdMetadataUrl, AuthenticationConstants.EmulatorOpenIdMetadataUrl);

    /// <summary>The token authority: the configured login URL, else the public cloud's for the app's tenant.</summary>
    public Uri GetLoginAuthority()
    {
        var tenant = GetAppType() == BotAppType.MultiTenant || string.IsNullOrWhiteSpace(MicrosoftAppTenantId)
            ? AuthenticationConstants.DefaultChannelAuthTenant
            : MicrosoftAppTenantId;
        return UrlOrDefault(ToChannelFromBotLoginUrl, string.Format(CultureInfo.InvariantCulture, LoginUrlTemplate, tenant));
    }

    public string GetOAuthScope()
        => string.IsNullOrWhiteSpace(ToChannelFromBotOAuthScope) ? AuthenticationConstants.ToChannelFromBotOAuthScope : ToChannelFromBotOAuthScope.Trim();

    /// <summary>The scope outbound tokens are requested for: <c>{ToChannelFromBotOAuthScope}/.default</c>.</summary>
    public string GetDefaultScope() => GetOAuthScope().TrimEnd('/') + "/.default";

    internal static bool TryParseAppType(string? value, out BotAppType type)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            type = BotAppType.MultiTenant;
            return true;
        }

        return Enum.TryParse(value.Trim(), ignoreCase: true, out type) && Enum.IsDefined(type) && !char.IsAsciiDigit(value.Trim()[0]);
    }

    private static Uri UrlOrDefault(string? configured, string fallback)
        => new(string.IsNullOrWhiteSpace(configured) ? fallback : configured.Trim(), UriKind.Absolute);
}
