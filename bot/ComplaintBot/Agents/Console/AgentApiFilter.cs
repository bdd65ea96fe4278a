namespace ComplaintBot.Agents.Console;

/// <summary>
/// Every console API answer: values as JSON with the console's options (enums by name), a refused desk action as a
/// problem the console can show (400, 404 or 409).
/// </summary>
public sealed class AgentApiFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            var result = await next(context);
            return result is null or IResult ? result : Results.Json(result, AgentJson.Options);
        }
        catch (DeskRefusedException ex)
        {
            var status = ex.Refusal switch
            {
                DeskRefusal.NotFound => StatusCodes.Status404NotFound,
                DeskRefusal.Invalid => StatusCodes.Status400BadRequest,
                _ => StatusCodes.Status409Conflict,
            };
            return Results.Problem(title: ex.Message, statusCode: status);
        }
    }
}
