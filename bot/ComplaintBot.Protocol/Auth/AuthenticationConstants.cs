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

    /// <summary>Token lifetimes are checked with this much tolerance for clock differences.</summary>
    public static readonly TimeSpan ClockSkew = TimeSpan.FromMinutes(5);

    /// <summary>The only signing algorithms accepted on inbound tokens.</summary>
    public static readonly IReadOnlyList<string> AllowedSigningAlgorithms = ["RS256", "RS384", "RS512"];

    /// <summary>
    /// Issuers of Emulator / Entra ID tokens (v1 and v2, public and US Gov clouds) as the SDK's EmulatorValidation
    /// lists them. Tokens from the bot's own tenant are added for SingleTenant and managed-identity bots.
    /// </summary>
    public static readonly IReadOnlyList<string> EmulatorIssuers =
    [
        "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/",
        "https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0",
        "https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.com/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
        "https://sts.windows.net/cab8a31a-1906-4287-a0d8-4eef66b95f6e/",
        "https://login.microsoftonline.us/cab8a31a-1906-4287-a0d8-4eef66b95f6e/v2.0",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/",
        "https://login.microsoftonline.us/f8cdef31-a31e-4b4a-93e4-5f571e91255a/v2.0",
    ];

    public const string AudienceClaim = "aud";
    public const string AppIdClaim = "appid";
    public const string AuthorizedPartyClaim = "azp";
    public const string VersionClaim = "ver";
    public const string ServiceUrlClaim = "serviceurl";
    public const string TenantIdClaim = "tid";
}
