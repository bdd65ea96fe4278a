namespace ComplaintBot.Agents.Accounts;

/// <summary>How agents sign in to the console: the <c>Agents:LocalAccounts</c> and <c>Agents:EntraId</c> settings.</summary>
public sealed class AgentSignInOptions
{
    public const string Section = "Agents";

    /// <summary>
    /// Whether agents may sign in with a local account (name and password, created by <c>agents add</c>). Default
    /// true; set it to false in production once Entra ID sign-in is configured.
    /// </summary>
    public bool LocalAccounts { get; set; } = true;

    /// <summary>Sign-in with Microsoft Entra ID (production); off while <see cref="EntraIdOptions.ClientId"/> is empty.</summary>
    public EntraIdOptions EntraId { get; set; } = new();
}
