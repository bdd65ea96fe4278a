using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplaintBot.Storage;

/// <summary>Readiness: the configured database has its schema and answers <c>SELECT 1</c>.</summary>
public sealed class StorageHealthCheck(StorageDatabase database) : IHealthCheck
{
    public const string Name = "storage";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            await database.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy(database.Description);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, $"{database.Description} is not usable.", exception);
        }
    }
}
