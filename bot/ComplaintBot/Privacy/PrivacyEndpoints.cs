using System.Security.Claims;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Console;

namespace ComplaintBot.Privacy;

/// <summary>
/// <c>POST /agent/api/privacy/export</c> and <c>/agent/api/privacy/erase</c> with <c>{"channelId", "userId", "email"}</c>:
/// the same as the <c>privacy</c> command, for a signed-in agent (cookie and antiforgery header as every console POST;
/// 401 without a session, 400 for an incomplete identity). Who asked is logged by agent id; the customer never is.
/// </summary>
public static partial class PrivacyEndpoints
{
    public const string Route = AgentConsoleRoutes.Api + "/privacy";

    public static IEndpointRouteBuilder MapPrivacy(this IEndpointRouteBuilder endpoints)
    {
        var privacy = endpoints.MapGroup(Route)
            .RequireAuthorization(AgentSignIn.Policy)
            .AddEndpointFilter<AntiforgeryFilter>();
        privacy.MapPost("/export", async (CustomerIdentity customer, ClaimsPrincipal user, PersonalDataStore store, ILogger<PersonalDataStore> logger, CancellationToken ct) =>
        {
            if (customer.Problem is { } problem)
            {
                return Results.Problem(title: problem, statusCode: StatusCodes.Status400BadRequest);
            }

            var agent = AgentIdentity.Of(user);
            LogRequest(logger, agent.Id, "export");
            return Results.Json(await store.ExportAsync(customer, ct), PrivacyJson.Options);
        });
        privacy.MapPost("/erase", async (CustomerIdentity customer, ClaimsPrincipal user, PersonalDataStore store, ILogger<PersonalDataStore> logger, CancellationToken ct) =>
        {
            if (customer.Problem is { } problem)
            {
                return Results.Problem(title: problem, statusCode: StatusCodes.Status400BadRequest);
            }

            var agent = AgentIdentity.Of(user);
            LogRequest(logger, agent.Id, "erasure");
            return Results.Json(await store.EraseAsync(customer, ct), PrivacyJson.Options);
        });
        return endpoints;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Agent {AgentId} asked for the {Request} of one customer's personal data")]
    private static partial void LogRequest(ILogger logger, string agentId, string request);
}
