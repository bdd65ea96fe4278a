using System.Net.Http.Headers;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Tests.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// The agent console with Entra ID sign-in against a <see cref="LocalOpenIdProvider"/> playing Entra ID (its HTTPS
/// address is <c>Agents:EntraId:Instance</c>, the bot trusts its certificate for the metadata and keys), local accounts
/// still on, and helpers that mint the access tokens MSAL.js would get.
/// </summary>
public sealed class EntraConsoleHost : IAsyncLifetime
{
    public const string TenantId = "3c8e1f4a-2b6d-4e9a-8c7f-1d2e3f4a5b6c";
    public const string ClientId = "9a7b6c5d-4e3f-4a1b-8c2d-7e6f5a4b3c2d";
    public const string AgentGroupId = "5f4e3d2c-1b0a-4987-8765-43210fedcba9";

    private AgentConsoleHost? _console;

    public LocalOpenIdProvider Provider { get; private set; } = null!;

    public AgentConsoleHost Console => _console ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        Provider = await LocalOpenIdProvider.StartAsync();
        _console = new AgentConsoleHost(
            new Dictionary<string, string?>
            {
                ["Agents:EntraId:Instance"] = Provider.EntraInstance.AbsoluteUri,
                ["Agents:EntraId:TenantId"] = TenantId,
                ["Agents:EntraId:ClientId"] = ClientId,
                ["Agents:EntraId:GroupId"] = AgentGroupId,
            },
            services => services.Configure<JwtBearerOptions>(AgentEntraId.Scheme, jwt => jwt.BackchannelHttpHandler = Provider.CreateTrustingHandler()));
        await _console.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        if (_console is not null)
        {
            await _console.DisposeAsync();
        }

        await Provider.DisposeAsync();
    }

    /// <summary>An access token as Entra ID issues it to the console for an agent; <paramref name="change"/> spoils it.</summary>
    public string AgentToken(string objectId, string name = "Hana Kim", Func<TokenSpec, TokenSpec>? change = null, params (string Type, object Value)[] claims)
    {
        var all = new Dictionary<string, object>
        {
            ["oid"] = objectId,
            ["tid"] = TenantId,
            ["name"] = name,
            ["preferred_username"] = "hana@contoso.example",
            ["scp"] = EntraIdOptions.DefaultScopeName,
            ["roles"] = new[] { EntraIdOptions.DefaultRole },
            ["ver"] = "2.0",
        };
        foreach (var (type, value) in claims)
        {
            all[type] = value;
        }

        var spec = new TokenSpec
        {
            Issuer = Provider.EntraIssuer(TenantId),
            Audience = ClientId,
            Claims = all,
            KeyId = LocalOpenIdProvider.EntraKeyId,
        };
        return Provider.CreateToken(change?.Invoke(spec) ?? spec);
    }

    /// <summary>A client that sends <paramref name="token"/> as its bearer, as the console's script does.</summary>
    public HttpClient BearerClient(string token)
    {
        var client = Console.Host.CreateLoopbackClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
