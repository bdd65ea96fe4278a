using Microsoft.AspNetCore.Antiforgery;

namespace ComplaintBot.Agents.Console;

/// <summary>Refuses a console POST without a valid antiforgery token (header <c>X-CSRF-TOKEN</c> plus its cookie).</summary>
public sealed class AntiforgeryFilter(IAntiforgery antiforgery) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (!await antiforgery.IsRequestValidAsync(context.HttpContext))
        {
            return Results.Problem(title: "The request has no valid antiforgery token; reload the page.", statusCode: StatusCodes.Status400BadRequest);
        }

        return await next(context);
    }
}
