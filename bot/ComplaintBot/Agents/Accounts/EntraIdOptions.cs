namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// The <c>Agents:EntraId</c> settings: the console (a single-page application registered in Entra ID) signs agents in
/// with MSAL.js and calls the console's APIs with v2 access tokens for <see cref="EffectiveScope"/>; the bot accepts
/// a token when Entra ID issued it for this tenant and audience and the user holds <see cref="Role"/> (an app role)
/// or is a member of <see cref="GroupId"/>.
/// </summary>
public sealed class EntraIdOptions
{
    public const string DefaultInstance = "https://login.microsoftonline.com/";
    public const string DefaultRole = "ComplaintBot.Agent";
    public const string DefaultScopeName = "access_as_user";

    /// <summary>The Entra ID sign-in address (sovereign clouds have their own).</summary>
    public string Instance { get; set; } = DefaultInstance;

    /// <summary>The directory (tenant) id whose users may be agents.</summary>
    public string TenantId { get; set; } = string.Empty;

    /// <summary>The application (client) id of the console's app registration; Entra ID sign-in is on when it is set.</summary>
    public string ClientId { get; set; } = string.Empty;

    /// <summary>The access tokens' audience: the application id of the API's registration; default <see cref="ClientId"/> (one registration for both).</summary>
    public string Audience { get; set; } = string.Empty;

    /// <summary>The delegated scope the console asks for; default <c>api://{Audience}/access_as_user</c>.</summary>
    public string Scope { get; set; } = string.Empty;

    /// <summary>The app role that makes a user an agent (the token's <c>roles</c> claim).</summary>
    public string Role { get; set; } = DefaultRole;

    /// <summary>A security group whose members are agents too (the token's <c>groups</c> claim); empty: the app role only.</summary>
    public string GroupId { get; set; } = string.Empty;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(ClientId);

    public string EffectiveAudience => string.IsNullOrWhiteSpace(Audience) ? ClientId : Audience;

    public string EffectiveScope => string.IsNullOrWhiteSpace(Scope) ? $"api://{EffectiveAudience}/{DefaultScopeName}" : Scope;

    /// <summary>The scope's name as the token's <c>scp</c> claim lists it (the part after the last '/').</summary>
    public string ScopeName => EffectiveScope[(EffectiveScope.LastIndexOf('/') + 1)..];

    /// <summary>e.g. <c>https://login.microsoftonline.com/{tenant}/v2.0</c>: the authority and the v2 tokens' issuer.</summary>
    public string Authority => $"{Instance.TrimEnd('/')}/{TenantId}/v2.0";
}
