namespace ComplaintBot.Agents.Console;

/// <summary>Where the console lives.</summary>
public static class AgentConsoleRoutes
{
    public const string Base = "/agent";
    public const string Api = "/agent/api";
    public const string SignInPage = "/agent/sign-in";
}
