using System.Net;
using System.Text.RegularExpressions;
using ComplaintBot.Tests.Hosting;

namespace ComplaintBot.Tests.Deployment;

/// <summary>The health paths the deployment files probe are ones the real bot answers.</summary>
public sealed partial class HealthPathsInDeploymentTests
{
    [Fact]
    public async Task EveryProbedPath_AnswersOkOnTheRealHost()
    {
        var probed = new[]
        {
            ("Dockerfile", ProbedPath().Match(RepositoryFiles.Read("deployment", "container", "Dockerfile")).Groups["path"].Value),
            ("compose.yaml", ProbedPath().Match(RepositoryFiles.Read("deployment", "container", "compose.yaml")).Groups["path"].Value),
            ("appservice.bicep", AppServiceHealthPath().Match(RepositoryFiles.Read("deployment", "azure", "modules", "appservice.bicep")).Groups["path"].Value),
        };
        Assert.All(probed, p => Assert.StartsWith("/", p.Item2, StringComparison.Ordinal));
        Assert.Equal("/healthz", probed[0].Item2);

        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();
        foreach (var (file, path) in probed)
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file} probes {path}, which answered {(int)response.StatusCode}");
        }

        host.DeleteDataDirectory();
    }

    [GeneratedRegex(@"GET (?<path>/\w+) HTTP/1\.1")]
    private static partial Regex ProbedPath();

    [GeneratedRegex(@"healthCheckPath: '(?<path>[^']+)'")]
    private static partial Regex AppServiceHealthPath();
}
