namespace ComplaintBot.Protocol.Auth;

/// <summary>Names and addresses of Bot Framework authentication (BBD AuthenticationConstants.cs).</summary>
public static class AuthenticationConstants
{
    /// <summary>The authentication type of the identity given to requests when authentication is disabled.</summary>
    public const string AnonymousAuthType = "anonymous";

    public const string BotFrameworkIssuer = "https://api.botframework.com";
    public const string PublicCloudCallerId = "urn:botframework:azure";
    public const string ChannelOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string EmulatorOpenIdMetadataUrl = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";
    public const string ToChannelFromBotLoginUrlTemplate = "https://login.microsoftonline.com/{0}";
    public const string DefaultChannelAuthTenant = "botframework.com";
    public const string ToChannelFromBotOAuthScope = "https://api.botframework.com";

    public const string AudienceClaim = "aud";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";
}
