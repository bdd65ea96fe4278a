using ComplaintBot.Agents.Console;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace ComplaintBot.Agents.Accounts;

/// <summary>
/// Signing in and out of the console: <c>GET /agent/api/antiforgery</c> (the token for the next POST),
/// <c>POST /agent/api/session</c> (name and password), <c>GET</c> and <c>DELETE /agent/api/session</c>.
/// A wrong name and a wrong password get the same answer, after the same work.
/// </summary>
public static partial class AgentSessionEndpoints
{
    public static IEndpointRouteBuilder MapAgentSessions(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(AgentConsoleRoutes.Api + "/antiforgery", IssueTokenAsync);
        endpoints.MapPost(AgentConsoleRoutes.Api + "/session", SignInAsync).AddEndpointFilter<AntiforgeryFilter>();
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
        ILogger<AgentAccount> logger,
        CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrEmpty(body.Password))
        {
            return Results.Problem(title: "Enter your name and password.", statusCode: StatusCodes.Status400BadRequest);
        }

        var account = await accounts.FindByNameAsync(body.Name.Trim(), cancellationToken);
        var verdict = hasher.VerifyHashedPassword(account ?? UnknownAgent.Value, account?.PasswordHash ?? UnknownAgent.Value.PasswordHash, body.Password);
        if (account is null || verdict == PasswordVerificationResult.Failed)
        {
            LogRefused(logger);
            return Results.Problem(title: "That name and password do not match an agent.", statusCode: StatusCodes.Status401Unauthorized);
        }

        var agent = AgentIdentity.Of(account);
        await http.SignInAsync(AgentSignIn.Scheme, agent.ToPrincipal(AgentSignIn.Scheme));
        LogSignedIn(logger, account.Id);
        return Results.Ok(agent);
    }

    public sealed record SignInBody(string? Name, string? Password);

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
}
