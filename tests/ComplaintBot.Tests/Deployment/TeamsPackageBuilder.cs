namespace ComplaintBot.Tests.Deployment;

/// <summary>
/// deployment/teams with its npm dependencies installed once (npm ci from the committed lockfile), and a way to
/// run its build-package.mjs with chosen values into a fresh folder.
/// </summary>
public sealed class TeamsPackageBuilder : IAsyncLifetime
{
    /// <summary>Every value the manifest template asks for; tests remove or change one at a time.</summary>
    public static IReadOnlyDictionary<string, string?> CompleteValues { get; } = new Dictionary<string, string?>
    {
        ["MICROSOFT_APP_ID"] = "5f0c2a4e-8b1d-4c3a-9e7f-2d6b1a0c9e84",
        ["TEAMS_APP_ID"] = null,
        ["BOT_DOMAIN"] = "complaintbot-test.azurewebsites.net",
        ["COMPANY_NAME"] = "Contoso Retail",
        ["COMPANY_WEBSITE_URL"] = "https://contoso.example/support",
        ["PRIVACY_URL"] = "https://contoso.example/privacy",
        ["TERMS_OF_USE_URL"] = "https://contoso.example/terms",
        ["BOT_SHORT_NAME"] = null,
        ["APP_VERSION"] = null,
        ["ACCENT_COLOR"] = null,
        ["TEAMS_COLOR_ICON"] = null,
        ["TEAMS_OUTLINE_ICON"] = null,
    };

    public static string TeamsFolder => RepositoryFiles.PathOf("deployment", "teams");

    public async Task InitializeAsync()
    {
        if (!ExternalProcess.IsOnPath("npm"))
        {
            return;
        }

        var install = await ExternalProcess.RunAsync("npm", ["ci", "--no-audit", "--no-fund"], TeamsFolder);
        Assert.True(install.ExitCode == 0, $"npm ci in deployment/teams failed: {install}");
    }

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>Runs build-package.mjs with <paramref name="values"/> (null removes a variable) into a new temp folder.</summary>
    internal static async Task<(ProcessResult Result, string OutputFolder)> BuildAsync(
        IReadOnlyDictionary<string, string?> values,
        params string[] extraArguments)
    {
        var outputFolder = Path.Combine(Path.GetTempPath(), "complaintbot-teams-tests", Guid.NewGuid().ToString("N"));
        var result = await ExternalProcess.RunAsync(
            "node",
            ["build-package.mjs", "--out", outputFolder, .. extraArguments],
            TeamsFolder,
            values);
        return (result, outputFolder);
    }
}
