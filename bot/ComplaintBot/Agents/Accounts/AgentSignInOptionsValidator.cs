using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>Refuses to start when agents could not sign in at all, or the Entra ID settings are incomplete, naming the setting to fix.</summary>
public sealed class AgentSignInOptionsValidator : IValidateOptions<AgentSignInOptions>
{
    public ValidateOptionsResult Validate(string? name, AgentSignInOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var entra = options.EntraId;
        if (!entra.IsConfigured)
        {
            return options.LocalAccounts
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail("Agents:LocalAccounts is false and Agents:EntraId:ClientId is empty: no agent could sign in. Configure Entra ID or turn local accounts on.");
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(entra.TenantId))
        {
            failures.Add("Agents:EntraId:TenantId is empty; set it to the directory (tenant) id of your agents.");
        }

        if (!Uri.TryCreate(entra.Instance, UriKind.Absolute, out var instance) || instance.Scheme != Uri.UriSchemeHttps)
        {
            failures.Add($"Agents:EntraId:Instance '{entra.Instance}' is not an https address (default {EntraIdOptions.DefaultInstance}).");
        }

        if (string.IsNullOrWhiteSpace(entra.Role) && string.IsNullOrWhiteSpace(entra.GroupId))
        {
            failures.Add("Agents:EntraId:Role and Agents:EntraId:GroupId are both empty; name the app role (or group) that makes someone an agent.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
