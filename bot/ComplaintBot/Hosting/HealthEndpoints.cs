using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace ComplaintBot.Hosting;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: every dependency tagged "ready" (the database…) answers too.</summary>
public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });
        endpoints.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return endpoints;
    }
}
