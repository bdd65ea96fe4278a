namespace ComplaintBot.Agents.Console;

/// <summary>Turns a refused desk action into a problem answer the console can show.</summary>
public sealed class DeskRefusalFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
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
