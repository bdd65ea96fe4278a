using ComplaintBot.Agents.Accounts;
using Microsoft.AspNetCore.Antiforgery;

namespace ComplaintBot.Agents.Console;

/// <summary>
/// Refuses a console POST without a valid antiforgery token (header <c>X-CSRF-TOKEN</c> plus its cookie). A request
/// signed in with an Entra ID bearer token needs none: a browser never attaches that token to a forged request.
/// </summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!AgentEntraId.IsBearer(context.HttpContext.User) && !await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Problem(title: "The request has no valid antiforgery token; reload the page.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
