using System.Text.Json;

namespace ComplaintBot.Tests.Deployment;

/// <summary>Static checks of deployment/azure (the Bicep CLI cannot run here).</summary>
public sealed class BicepTemplateTests
{
    /// <summary>Settings the bot cannot run in production without (configuration keys, '__' for ':').</summary>
    private static readonly string[] _productionSettings =
    [
        "MicrosoftAppType",
        "MicrosoftAppId",
        "MicrosoftAppTenantId",
        "Storage__Provider",
        "ConnectionStrings__Postgres",
        "Sentiment__Azure__Endpoint",
    ];

    /// <summary>Settings read by the platform or by Azure SDKs rather than by the bot's own options.</summary>
    private static readonly string[] _platformSettings =
    [
        "ASPNETCORE_ENVIRONMENT",
        "ASPNETCORE_FORWARDEDHEADERS_ENABLED",
        "AZURE_CLIENT_ID",
        "APPLICATIONINSIGHTS_CONNECTION_STRING",
        "ApplicationInsightsAgent_EXTENSION_VERSION",
        "Logging__Console__FormatterName",
    ];

    public static TheoryData<string> BicepFiles()
    {
        var folder = RepositoryFiles.PathOf("deployment", "azure");
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.bicep", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(folder, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void EveryDeclaredParameter_IsUsed(string file)
    {
        var bicep = BicepFile.Load("deployment", "azure", file);

        var unused = bicep.Parameters().Where(p => bicep.Occurrences(p.Name) < 2).Select(p => p.Name);

        Assert.Empty(unused);
    }

    [Fact]
    public void MainTemplate_PassesEveryModuleParameterThatHasNoDefault_AndNoUndeclaredOnes()
    {
        var main = BicepFile.Load("deployment", "azure", "main.bicep");

        var calls = main.ModuleCalls();

        Assert.Equal(7, calls.Count);
        foreach (var (modulePath, passed) in calls)
        {
            var declared = BicepFile.Load(["deployment", "azure", .. modulePath.Split('/')]).Parameters();
            Assert.Empty(declared.Where(p => !p.HasDefault).Select(p => p.Name).Except(passed));
            Assert.Empty(passed.Except(declared.Select(p => p.Name)));
        }
    }

    [Fact]
    public void AppService_SetsEverySettingProductionNeeds()
    {
        var settings = BicepFile.Load("deployment", "azure", "modules", "appservice.bicep").SettingNames();

        Assert.Empty(_productionSettings.Except(settings));
    }

    [Fact]
    public void AppService_SetsOnlySettingsTheBotReads_WhenTheSampleSettingsExist()
    {
        var sample = RepositoryFiles.PathOf("appsettings.sample.json");
        var botSettings = WebAppSettingNames().Except(_platformSettings);
        var known = File.Exists(sample) ? SettingKeys(File.ReadAllText(sample)) : [.. _productionSettings, "MicrosoftAppPassword", "DirectLine__Enabled", "Storage__DataDirectory"];

        Assert.Empty(botSettings.Except(known, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void Secrets_ReachTheBotOnlyThroughKeyVaultReferences()
    {
        var appService = BicepFile.Load("deployment", "azure", "modules", "appservice.bicep").Code;
        var secretSettings = new[] { "MicrosoftAppPassword", "ConnectionStrings__Postgres", "SupportTeams__Webhook__Secret" };

        foreach (var setting in secretSettings)
        {
            var at = appService.IndexOf($"name: '{setting}'", StringComparison.Ordinal);
            Assert.True(at >= 0, $"{setting} is not set");
            var valueLine = appService[at..].Split('\n')[1].Trim();
            Assert.StartsWith("value: '${keyVaultReference}", valueLine, StringComparison.Ordinal);
        }

        Assert.Contains("keyVaultReferenceIdentity: identityId", appService, StringComparison.Ordinal);
    }

    [Fact]
    public void FeatureSettings_AreOptional_AndTheWebhookSecretReachesOnlyKeyVault()
    {
        var main = BicepFile.Load("deployment", "azure", "main.bicep");
        var parameters = main.Parameters().ToDictionary(p => p.Name, StringComparer.Ordinal);

        Assert.Equal(21, main.SettingNames().Count);
        Assert.DoesNotContain("SupportTeams__Webhook__Secret", main.SettingNames());
        Assert.Empty(parameters.Values.Where(p => !p.HasDefault).Select(p => p.Name).Except(["postgresAdministratorPassword"]));
        Assert.True(parameters["supportWebhookSecret"].IsSecure);
        Assert.Contains("supportWebhookSecret: supportWebhookSecret", main.Code, StringComparison.Ordinal);
        Assert.Contains("supportWebhookSecretName: empty(supportWebhookSecret) ? '' : keyVault.outputs.supportWebhookSecretName", main.Code, StringComparison.Ordinal);
        Assert.Equal(3, main.Occurrences("supportWebhookSecret"));
    }

    [Theory]
    [MemberData(nameof(BicepFiles))]
    public void SecureParameters_HaveNoDefaultValueButEmpty(string file)
    {
        var bicep = BicepFile.Load("deployment", "azure", file);

        foreach (var parameter in bicep.Parameters().Where(p => p.IsSecure))
        {
            var declaration = bicep.Text.Split('\n').Single(l => l.TrimStart().StartsWith($"param {parameter.Name} ", StringComparison.Ordinal));
            Assert.True(!parameter.HasDefault || declaration.TrimEnd().EndsWith("= ''", StringComparison.Ordinal), declaration);
        }
    }

    [Fact]
    public void KeyVaultSecrets_TakeTheirValuesFromSecureParameters()
    {
        var keyVault = BicepFile.Load("deployment", "azure", "modules", "keyvault.bicep");
        var secure = keyVault.Parameters().Where(p => p.IsSecure).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

        var values = keyVault.Code.Split('\n').Select(l => l.Trim()).Where(l => l.StartsWith("value: ", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(values);
        Assert.All(values, v => Assert.Contains(v["value: ".Length..], secure));
    }

    [Fact]
    public void ParametersExample_NamesDeclaredParametersOnly_AndNoSecureOnes()
    {
        var declared = BicepFile.Load("deployment", "azure", "main.bicep").Parameters();
        using var example = JsonDocument.Parse(RepositoryFiles.Read("deployment", "azure", "azuredeploy.parameters.example.json"));

        var given = example.RootElement.GetProperty("parameters").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Empty(given.Except(declared.Select(p => p.Name)));
        Assert.Empty(given.Intersect(declared.Where(p => p.IsSecure).Select(p => p.Name)));
        Assert.Empty(declared.Where(p => !p.HasDefault && !p.IsSecure).Select(p => p.Name).Except(given));
    }

    [Fact]
    public void Bot_IsSingleTenantOrManagedIdentity_WithMessagingEndpointAndTeamsAndWebChannels()
    {
        var main = BicepFile.Load("deployment", "azure", "main.bicep").Code;
        var bot = BicepFile.Load("deployment", "azure", "modules", "bot.bicep");

        Assert.Contains("@allowed([ 'UserAssignedMSI', 'SingleTenant' ])", BicepFile.Load("deployment", "azure", "main.bicep").Text, StringComparison.Ordinal);
        Assert.DoesNotContain("MultiTenant", main, StringComparison.Ordinal);
        Assert.Contains("messagingEndpoint: 'https://${app.outputs.defaultHostName}/api/messages'", main, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.BotService/botServices@", bot.Code, StringComparison.Ordinal);
        Assert.Contains("channelName: 'MsTeamsChannel'", bot.Code, StringComparison.Ordinal);
        Assert.Contains("channelName: 'DirectLineChannel'", bot.Code, StringComparison.Ordinal);
        Assert.Contains("channelName: 'WebChatChannel'", bot.Code, StringComparison.Ordinal);
    }

    [Fact]
    public void Language_IsTextAnalyticsReachedWithTheManagedIdentity()
    {
        var language = BicepFile.Load("deployment", "azure", "modules", "language.bicep").Code;

        Assert.Contains("kind: 'TextAnalytics'", language, StringComparison.Ordinal);
        Assert.Contains("disableLocalAuth: true", language, StringComparison.Ordinal);
        Assert.Contains("customSubDomainName: name", language, StringComparison.Ordinal);
    }

    /// <summary>The app settings of the web app: the fixed ones in appservice.bicep and the optional features from main.bicep.</summary>
    private static IEnumerable<string> WebAppSettingNames() =>
        BicepFile.Load("deployment", "azure", "modules", "appservice.bicep").SettingNames()
            .Concat(BicepFile.Load("deployment", "azure", "main.bicep").SettingNames());

    /// <summary>Every leaf of a settings JSON file as an environment-variable name (Section__Key).</summary>
    private static List<string> SettingKeys(string json)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var keys = new List<string>();
        Collect(document.RootElement, string.Empty, keys);
        return keys;

        static void Collect(JsonElement element, string prefix, List<string> keys)
        {
            if (element.ValueKind != JsonValueKind.Object)
            {
                keys.Add(prefix);
                return;
            }

            foreach (var property in element.EnumerateObject())
            {
                Collect(property.Value, prefix.Length == 0 ? property.Name : $"{prefix}__{property.Name}", keys);
            }
        }
    }
}
