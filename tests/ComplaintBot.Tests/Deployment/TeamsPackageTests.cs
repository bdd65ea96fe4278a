using System.IO.Compression;
using System.Text.Json;

namespace ComplaintBot.Tests.Deployment;

public sealed class TeamsPackageTests : IClassFixture<TeamsPackageBuilder>
{
    [NodeFact]
    public async Task Build_WithEveryValue_WritesZipValidatedAgainstOfficialSchema()
    {
        var (result, output) = await TeamsPackageBuilder.BuildAsync(TeamsPackageBuilder.CompleteValues);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("valid against the official schema", result.StandardOutput, StringComparison.Ordinal);
        using var zip = ZipFile.OpenRead(Path.Combine(output, "complaintbot-teams.zip"));
        Assert.Equal(
            ["color.png", "ja.json", "ko.json", "manifest.json", "outline.png", "sl.json", "zh-cn.json"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        Directory.Delete(output, recursive: true);
    }

    [NodeFact]
    public async Task Build_LanguageFiles_CoverTheFourOtherLanguagesWithPlaceholdersFilled()
    {
        var (result, output) = await TeamsPackageBuilder.BuildAsync(TeamsPackageBuilder.CompleteValues);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var zip = ZipFile.OpenRead(Path.Combine(output, "complaintbot-teams.zip"));
        using var manifest = JsonDocument.Parse(ReadEntry(zip, "manifest.json"));
        var languages = manifest.RootElement.GetProperty("localizationInfo").GetProperty("additionalLanguages").EnumerateArray()
            .ToDictionary(l => l.GetProperty("languageTag").GetString()!, l => l.GetProperty("file").GetString()!);

        Assert.Equal(["ja", "ko", "sl", "zh-cn"], languages.Keys.Order(StringComparer.Ordinal));
        foreach (var file in languages.Values)
        {
            var text = System.Text.Encoding.UTF8.GetString(ReadEntry(zip, file));
            Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
            using var language = JsonDocument.Parse(text);
            Assert.Contains(TeamsPackageBuilder.CompleteValues["COMPANY_NAME"]!, language.RootElement.GetProperty("description.full").GetString(), StringComparison.Ordinal);
        }

        Directory.Delete(output, recursive: true);
    }

    [NodeFact]
    public async Task Build_Icons_AreColour192AndTransparentOutline32()
    {
        var (result, output) = await TeamsPackageBuilder.BuildAsync(TeamsPackageBuilder.CompleteValues);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var zip = ZipFile.OpenRead(Path.Combine(output, "complaintbot-teams.zip"));
        var color = ReadEntry(zip, "color.png");
        var outline = ReadEntry(zip, "outline.png");

        Assert.Equal((192, 192), PngHeader.ReadSize(color));
        Assert.Equal((32, 32), PngHeader.ReadSize(outline));
        Assert.True(PngHeader.HasAlpha(outline), "the outline icon needs a transparent background");
        Directory.Delete(output, recursive: true);
    }

    [NodeFact]
    public async Task Build_Manifest_HasBotForCustomersAndAgentsTeamOnTheBotDomain()
    {
        var values = TeamsPackageBuilder.CompleteValues;
        var (result, output) = await TeamsPackageBuilder.BuildAsync(values);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var zip = ZipFile.OpenRead(Path.Combine(output, "complaintbot-teams.zip"));
        var text = System.Text.Encoding.UTF8.GetString(ReadEntry(zip, "manifest.json"));
        using var manifest = JsonDocument.Parse(text);
        var root = manifest.RootElement;
        var bot = root.GetProperty("bots")[0];

        Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
        Assert.Equal(values["MICROSOFT_APP_ID"], bot.GetProperty("botId").GetString());
        Assert.Equal(values["MICROSOFT_APP_ID"], root.GetProperty("id").GetString());
        Assert.Equal(["personal", "team"], bot.GetProperty("scopes").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal([values["BOT_DOMAIN"]], root.GetProperty("validDomains").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(values["COMPANY_NAME"], root.GetProperty("developer").GetProperty("name").GetString());
        Assert.Equal("color.png", root.GetProperty("icons").GetProperty("color").GetString());
        Assert.Equal("outline.png", root.GetProperty("icons").GetProperty("outline").GetString());
        Directory.Delete(output, recursive: true);
    }

    [NodeFact]
    public async Task Build_ValueTheSchemaRejects_FailsWithTheSchemaErrorAndWritesNothing()
    {
        var values = new Dictionary<string, string?>(TeamsPackageBuilder.CompleteValues)
        {
            ["MICROSOFT_APP_ID"] = "not-a-guid",
            ["COMPANY_WEBSITE_URL"] = "ftp://contoso.example",
        };

        var (result, output) = await TeamsPackageBuilder.BuildAsync(values);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("manifest/bots/0/botId must match pattern", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("manifest/developer/websiteUrl must match pattern", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [NodeFact]
    public async Task Build_MissingValues_NamesEachOneAndWritesNothing()
    {
        var values = new Dictionary<string, string?>(TeamsPackageBuilder.CompleteValues)
        {
            ["COMPANY_NAME"] = null,
            ["BOT_DOMAIN"] = null,
        };

        var (result, output) = await TeamsPackageBuilder.BuildAsync(values);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("COMPANY_NAME is not set", result.StandardError, StringComparison.Ordinal);
        Assert.Contains("BOT_DOMAIN is not set", result.StandardError, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    [NodeFact]
    public async Task Build_BotDomainWithScheme_IsRejectedWithTheExpectedForm()
    {
        var values = new Dictionary<string, string?>(TeamsPackageBuilder.CompleteValues)
        {
            ["BOT_DOMAIN"] = "https://complaintbot-test.azurewebsites.net/api/messages",
        };

        var (result, _) = await TeamsPackageBuilder.BuildAsync(values);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("BOT_DOMAIN must be a bare host name", result.StandardError, StringComparison.Ordinal);
    }

    [NodeFact]
    public async Task Build_AppIdFromAppsettings_IsUsedWhenTheEnvironmentHasNone()
    {
        var settingsFile = Path.Combine(Path.GetTempPath(), $"complaintbot-appsettings-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settingsFile, """{ "MicrosoftAppType": "SingleTenant", "MicrosoftAppId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" }""");
        var values = new Dictionary<string, string?>(TeamsPackageBuilder.CompleteValues) { ["MICROSOFT_APP_ID"] = null };

        var (result, output) = await TeamsPackageBuilder.BuildAsync(values, "--appsettings", settingsFile);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("bot 0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", result.StandardOutput, StringComparison.Ordinal);
        File.Delete(settingsFile);
        Directory.Delete(output, recursive: true);
    }

    [Fact]
    public void Template_SchemaUrl_MatchesItsManifestVersion()
    {
        using var template = JsonDocument.Parse(RepositoryFiles.Read("deployment", "teams", "manifest.template.json"));
        var version = template.RootElement.GetProperty("manifestVersion").GetString();

        Assert.Equal(
            $"https://developer.microsoft.com/json-schemas/teams/v{version}/MicrosoftTeams.schema.json",
            template.RootElement.GetProperty("$schema").GetString());
    }

    private static byte[] ReadEntry(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name) ?? throw new InvalidOperationException($"{name} is not in the package.");
        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
