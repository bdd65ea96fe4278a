namespace ComplaintBot.Agents.Console;

/// <summary>Where the console lives.</summary>
public static class AgentConsoleRoutes
{
    public const string Base = "/agent";
    public const string Api = "/agent/api";
    public const string SignInPage = "/agent/sign-in";

    /// <summary>The redirect bridge page MSAL.js's silent renewals come back to (an Entra ID redirect URI, like <see cref="SignInPage"/>).</summary>
    public const string RedirectBridgePage = "/agent/redirect";
}
