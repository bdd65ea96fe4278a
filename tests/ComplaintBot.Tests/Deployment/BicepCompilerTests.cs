using System.Text.Json;

namespace ComplaintBot.Tests.Deployment;

/// <summary>The templates compile with the real Bicep compiler, with its linter and Azure's resource types.</summary>
public sealed class BicepCompilerTests
{
    [BicepFact]
    public async Task MainTemplate_CompilesWithoutErrorsOrLinterWarnings()
    {
        var result = await BicepCompiler.RunAsync("build", "main.bicep", "--stdout");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(result.StandardError.Trim().Length == 0, result.StandardError);
        using var template = JsonDocument.Parse(result.StandardOutput);
        Assert.Equal(7, template.RootElement.GetProperty("resources").GetArrayLength());
    }

    [BicepFact]
    public async Task ParametersExample_FitsTheCompiledParameterTypesAndAllowedValues()
    {
        var result = await BicepCompiler.RunAsync("build", "main.bicep", "--stdout");
        Assert.True(result.ExitCode == 0, result.ToString());
        using var template = JsonDocument.Parse(result.StandardOutput);
        using var example = JsonDocument.Parse(RepositoryFiles.Read("deployment", "azure", "azuredeploy.parameters.example.json"));
        var declared = template.RootElement.GetProperty("parameters");

        foreach (var given in example.RootElement.GetProperty("parameters").EnumerateObject())
        {
            var parameter = declared.GetProperty(given.Name);
            var value = given.Value.GetProperty("value");
            Assert.True(FitsType(parameter.GetProperty("type").GetString()!, value), $"{given.Name}: {value} is not a {parameter.GetProperty("type")}");
            if (parameter.TryGetProperty("allowedValues", out var allowed))
            {
                Assert.Contains(allowed.EnumerateArray(), a => a.ToString() == value.ToString());
            }

            if (parameter.TryGetProperty("minValue", out var min))
            {
                Assert.True(value.GetInt32() >= min.GetInt32(), $"{given.Name} is below {min}");
            }

            if (parameter.TryGetProperty("maxValue", out var max))
            {
                Assert.True(value.GetInt32() <= max.GetInt32(), $"{given.Name} is above {max}");
            }

            if (parameter.TryGetProperty("maxLength", out var maxLength) && value.ValueKind == JsonValueKind.String)
            {
                Assert.True(value.GetString()!.Length <= maxLength.GetInt32(), $"{given.Name} is longer than {maxLength}");
            }
        }
    }

    private static bool FitsType(string type, JsonElement value) => type switch
    {
        "string" or "securestring" => value.ValueKind == JsonValueKind.String,
        "int" => value.ValueKind == JsonValueKind.Number,
        "bool" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "array" => value.ValueKind == JsonValueKind.Array,
        "object" or "secureObject" => value.ValueKind == JsonValueKind.Object,
        _ => false,
    };
}
