using System.Security.Claims;
using ComplaintBot.Agents.Teams;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// The console's production sign-in: bearer tokens from Microsoft Entra ID, validated by the JwtBearer handler
/// (signature against the tenant's published keys, v2 issuer of <see cref="EntraIdOptions.TenantId"/>, audience,
/// lifetime). A valid token makes its user an agent only with the console's scope and the agent app role (or group);
/// any other valid token is authenticated but refused (403). The agent is the token's <c>oid</c>, named by its
/// <c>name</c> (or <c>preferred_username</c>); or, when an agent account belongs to that object id (an Entra-only
/// account from <c>agents add --entra-object-id</c>, or an account linked with <c>agents link-teams</c>), that agent,
/// with its name and languages.
/// </summary>
public static partial class AgentEntraId
{
    public const string Scheme = "AgentEntraId";

    public static AuthenticationBuilder AddAgentEntraId(this AuthenticationBuilder authentication)
    {
        ArgumentNullException.ThrowIfNull(authentication);
        authentication.AddJwtBearer(Scheme);
        authentication.Services.AddOptions<JwtBearerOptions>(Scheme)
            .Configure<IOptions<AgentSignInOptions>>((jwt, signIn) => Configure(jwt, signIn.Value.EntraId));
        return authentication;
    }

    /// <summary>Whether the request was signed in with an Entra ID bearer token (which a browser never attaches on its own).</summary>
    public static bool IsBearer(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.Identities.Any(identity => identity.IsAuthenticated && identity.AuthenticationType == Scheme);
    }

    private static void Configure(JwtBearerOptions jwt, EntraIdOptions entra)
    {
        if (!entra.IsConfigured)
        {
            return;
        }

        jwt.Authority = entra.Authority;
        jwt.MapInboundClaims = false;
        jwt.TokenValidationParameters.ValidIssuer = entra.Authority;
        jwt.TokenValidationParameters.ValidAudience = entra.EffectiveAudience;
        jwt.TokenValidationParameters.NameClaimType = "name";
        jwt.Events = new JwtBearerEvents { OnTokenValidated = context => AdmitAsync(context, entra) };
    }

    /// <summary>Turns a valid token of an agent into the agent's principal; leaves any other token without the agent role.</summary>
    private static async Task AdmitAsync(TokenValidatedContext context, EntraIdOptions entra)
    {
        var token = context.Principal!;
        var logger = context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(AgentEntraId));
        var objectId = token.FindFirstValue("oid");
        var scopes = (token.FindFirstValue("scp") ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var isAgent = (!string.IsNullOrWhiteSpace(entra.Role) && token.HasClaim("roles", entra.Role))
            || (!string.IsNullOrWhiteSpace(entra.GroupId) && token.HasClaim("groups", entra.GroupId));
        if (objectId is null || !scopes.Contains(entra.ScopeName, StringComparer.Ordinal) || !isAgent)
        {
            LogNotAnAgent(logger, objectId ?? "(no oid)");
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity(token.Claims, Scheme, "name", "complaintbot:none"));
            return;
        }

        var services = context.HttpContext.RequestServices;
        var accounts = services.GetRequiredService<IAgentAccountStore>();
        var cancellationToken = context.HttpContext.RequestAborted;
        var account = await accounts.FindAsync(objectId, cancellationToken)
            ?? (await services.GetRequiredService<ITeamsAgentLinks>().FindByAadObjectIdAsync(objectId, cancellationToken) is { } link
                ? await accounts.FindAsync(link.AgentId, cancellationToken)
                : null);
        var name = account?.Name ?? token.FindFirstValue("name") ?? token.FindFirstValue("preferred_username") ?? objectId;
        context.Principal = new AgentIdentity(account?.Id ?? objectId, name, account?.Languages ?? []).ToPrincipal(Scheme);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused console access to Entra ID user {ObjectId}: the token lacks the console scope or the agent role")]
    private static partial void LogNotAnAgent(ILogger logger, string objectId);
}
