using System.Text.RegularExpressions;

namespace ComplaintBot.Tests.Deployment;

/// <summary>Reviewed-by-test properties of deployment/container (Docker cannot run on this machine).</summary>
public sealed partial class ContainerImageTests
{
    private static readonly string[] _dockerfileLines = Instructions(RepositoryFiles.Read("deployment", "container", "Dockerfile"));

    /// <summary>The instructions after the last FROM: what the shipped image is made of.</summary>
    private static IEnumerable<string> RuntimeStage =>
        _dockerfileLines.Skip(Array.FindLastIndex(_dockerfileLines, l => l.StartsWith("FROM ", StringComparison.Ordinal)));

    [Fact]
    public void Dockerfile_BuildsWithTheSdkAndShipsOnTheAspNetRuntime()
    {
        var stages = _dockerfileLines.Where(l => l.StartsWith("FROM ", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, stages.Count);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", stages[0], StringComparison.Ordinal);
        Assert.StartsWith("FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime", stages[1], StringComparison.Ordinal);
        Assert.Contains(RuntimeStage, l => l.StartsWith("COPY --from=build ", StringComparison.Ordinal));
    }

    [Fact]
    public void Dockerfile_PublishesTheBotProjectThatExists()
    {
        var publish = Assert.Single(_dockerfileLines, l => l.Contains("dotnet publish", StringComparison.Ordinal));
        var project = PublishedProject().Match(publish).Groups["project"].Value;

        Assert.True(File.Exists(RepositoryFiles.PathOf(project.Split('/'))), project);
        Assert.Contains(RuntimeStage, l => l == "ENTRYPOINT [\"dotnet\", \"ComplaintBot.dll\"]");
    }

    [Fact]
    public void Dockerfile_RunsAsTheNonRootAppUser()
    {
        var user = Assert.Single(RuntimeStage, l => l.StartsWith("USER ", StringComparison.Ordinal));

        Assert.Equal("USER app", user);
        Assert.True(
            Array.IndexOf(_dockerfileLines, user) > Array.FindLastIndex(_dockerfileLines, l => l.StartsWith("RUN ", StringComparison.Ordinal)),
            "every RUN of the runtime stage comes before USER app");
    }

    [Fact]
    public void Dockerfile_ChecksLivenessOnHealthzOverPort3978()
    {
        var healthCheck = Assert.Single(RuntimeStage, l => l.StartsWith("HEALTHCHECK ", StringComparison.Ordinal));

        Assert.Contains("GET /healthz ", healthCheck, StringComparison.Ordinal);
        Assert.Contains("/dev/tcp/127.0.0.1/3978", healthCheck, StringComparison.Ordinal);
        Assert.Contains(RuntimeStage, l => l.StartsWith("ENV ASPNETCORE_HTTP_PORTS=3978", StringComparison.Ordinal));
        Assert.Contains("EXPOSE 3978", RuntimeStage);
    }

    [Fact]
    public void Dockerfile_BakesInNoSecret()
    {
        var settings = _dockerfileLines
            .Where(l => l.StartsWith("ENV ", StringComparison.Ordinal) || l.StartsWith("ARG ", StringComparison.Ordinal))
            .SelectMany(l => SettingName().Matches(l).Select(m => m.Groups["name"].Value));

        Assert.DoesNotContain(settings, name => SecretLikeName().IsMatch(name));
        Assert.DoesNotContain(_dockerfileLines, l => l.StartsWith("COPY", StringComparison.Ordinal) && l.Contains(".env", StringComparison.Ordinal));
    }

    [Fact]
    public void DockerIgnore_KeepsBuildOutputLocalSettingsAndSecretsOutOfTheContext()
    {
        var ignored = RepositoryFiles.Read(".dockerignore").Split('\n', StringSplitOptions.TrimEntries);

        Assert.Contains(".git", ignored);
        Assert.Contains("**/bin", ignored);
        Assert.Contains("**/obj", ignored);
        Assert.Contains("**/.env", ignored);
        Assert.Contains("**/appsettings.Local.json", ignored);
    }

    [Fact]
    public void Compose_RunsBotAndPostgresWithHealthChecksANamedVolumeAndNoPasswordInTheFile()
    {
        var compose = RepositoryFiles.Read("deployment", "container", "compose.yaml");

        Assert.Equal(2, HealthCheck().Count(compose));
        Assert.Contains("- postgres-data:/var/lib/postgresql/data", compose, StringComparison.Ordinal);
        Assert.Contains("\nvolumes:\n  postgres-data:", compose, StringComparison.Ordinal);
        Assert.Contains("condition: service_healthy", compose, StringComparison.Ordinal);
        Assert.Contains("POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?", compose, StringComparison.Ordinal);
        Assert.DoesNotContain(compose.Split('\n'), l => HardCodedPassword().IsMatch(l));
        Assert.Contains(".env", RepositoryFiles.Read("deployment", "container", ".gitignore").Split('\n'));
    }

    /// <summary>Dockerfile instructions, one per entry, with line continuations joined and comments dropped.</summary>
    private static string[] Instructions(string dockerfile) =>
        [.. dockerfile.ReplaceLineEndings("\n").Replace("\\\n", " ", StringComparison.Ordinal)
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !l.StartsWith('#'))];

    [GeneratedRegex(@"dotnet publish (?<project>\S+\.csproj)")]
    private static partial Regex PublishedProject();

    [GeneratedRegex(@"(?:^(?:ENV|ARG)|\s)(?<name>[A-Za-z_][\w]*)=")]
    private static partial Regex SettingName();

    [GeneratedRegex("password|secret|key|token|connectionstring", RegexOptions.IgnoreCase)]
    private static partial Regex SecretLikeName();

    [GeneratedRegex(@"^\s{4}healthcheck:", RegexOptions.Multiline)]
    private static partial Regex HealthCheck();

    [GeneratedRegex(@"(?i)(^\s*\w*password\w*:|password=)\s*(?!\$\{)\S")]
    private static partial Regex HardCodedPassword();
}
