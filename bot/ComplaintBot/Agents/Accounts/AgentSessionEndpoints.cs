using ComplaintBot.Agents.Console;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// Signing in and out of the console: <c>GET /agent/api/antiforgery</c> (the token for the next POST),
/// <c>POST /agent/api/session</c> (name and password; only with local accounts on, and rate-limited by
/// <see cref="SignInLimits"/>), <c>GET</c> and <c>DELETE /agent/api/session</c>, and <c>GET /agent/api/sign-in-options</c>
/// (how this console signs in, for the sign-in page). A wrong name and a wrong password get the same answer, after the
/// same work.
/// </summary>
public static partial class AgentSessionEndpoints
{
    public static IEndpointRouteBuilder MapAgentSessions(this IEndpointRouteBuilder endpoints)
    {
        var signIn = endpoints.ServiceProvider.GetRequiredService<IOptions<AgentSignInOptions>>().Value;
        endpoints.MapGet(AgentConsoleRoutes.Api + "/sign-in-options", () => SignInChoices.Of(signIn));
        endpoints.MapGet(AgentConsoleRoutes.Api + "/antiforgery", IssueTokenAsync);
        if (signIn.LocalAccounts)
        {
            endpoints.MapPost(AgentConsoleRoutes.Api + "/session", SignInAsync)
                .AddEndpointFilter<AntiforgeryFilter>()
                .RequireRateLimiting(SignInLimits.AddressPolicy);
        }

        var session = endpoints.MapGroup(AgentConsoleRoutes.Api + "/session").RequireAuthorization(AgentSignIn.Policy);
        session.MapGet("/", (HttpContext http) => AgentIdentity.Of(http.User));
        session.MapDelete("/", async (HttpContext http) =>
        {
            await http.SignOutAsync(AgentSignIn.Scheme);
            return Results.NoContent();
        }).AddEndpointFilter<AntiforgeryFilter>();
        return endpoints;
    }

    /// <summary>The token is bound to whoever asks: anonymous before sign-in, the agent after.</summary>
    private static async Task<IResult> IssueTokenAsync(HttpContext http, IAntiforgery antiforgery)
    {
        var signedIn = await http.AuthenticateAsync(AgentSignIn.Scheme);
        if (signedIn.Succeeded)
        {
            http.User = signedIn.Principal;
        }

        var tokens = antiforgery.GetAndStoreTokens(http);
        http.Response.Headers.CacheControl = "no-store";
        return Results.Ok(new { token = tokens.RequestToken, headerName = tokens.HeaderName });
    }

    private static async Task<IResult> SignInAsync(
        SignInBody body,
        HttpContext http,
        IAgentAccountStore accounts,
        IPasswordHasher<AgentAccount> hasher,
        SignInFailures failures,
        ILogger<AgentAccount> logger,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrEmpty(body.Password))
        {
            return Results.Problem(title: "Enter your name and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (failures.LockedFor(body.Name) is { } locked)
        {
            LogLocked(logger);
            return SignInLimits.TooManyAttempts(http, locked);
        }

        // An account linked to Entra ID has no password: it is checked against like an unknown name.
        var found = await accounts.FindByNameAsync(body.Name.Trim(), cancellationToken);
        var account = found is { PasswordHash.Length: > 0 } ? found : null;
        var checkedAgainst = account ?? UnknownAgent.Value;
        var verdict = hasher.VerifyHashedPassword(checkedAgainst, checkedAgainst.PasswordHash, body.Password);
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            failures.Failed(body.Name);
            LogRefused(logger);
            return Results.Problem(title: "That name and password do not match an agent.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var agent = AgentIdentity.Of(account);
        await http.SignInAsync(AgentSignIn.Scheme, agent.ToPrincipal(AgentSignIn.Scheme));
        LogSignedIn(logger, account.Id);
        return Results.Ok(agent);
    }

    public sealed record SignInBody(string? Name, string? Password);

    /// <summary>What the sign-in page offers: the password form, Entra ID (with what MSAL.js needs), or both.</summary>
    public sealed record SignInChoices(bool LocalAccounts, EntraSignIn? EntraId)
    {
        public static SignInChoices Of(AgentSignInOptions options)
        {
            ArgumentNullException.ThrowIfNull(options);
            var entra = options.EntraId;
            return new SignInChoices(
                options.LocalAccounts,
                entra.IsConfigured ? new EntraSignIn(entra.ClientId, entra.Instance.TrimEnd('/') + "/" + entra.TenantId, entra.EffectiveScope) : null);
        }
    }

    /// <summary>The MSAL.js configuration: the console's client id, its authority and the API scope to ask for.</summary>
    public sealed record EntraSignIn(string ClientId, string Authority, string Scope);

    /// <summary>Checked against when the name is unknown, so an unknown name takes as long as a wrong password.</summary>
    private static class UnknownAgent
    {
        public static readonly AgentAccount Value = new()
        {
            Id = string.Empty,
            Name = string.Empty,
            PasswordHash = new PasswordHasher<AgentAccount>().HashPassword(null!, Guid.NewGuid().ToString()),
            CreatedAt = DateTimeOffset.UnixEpoch,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} signed in to the console")]
    private static partial void LogSignedIn(ILogger logger, string agentId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a console sign-in with a wrong name or password")]
    private static partial void LogRefused(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a console sign-in: too many wrong passwords for that name")]
    private static partial void LogLocked(ILogger logger);
}
