namespace ComplaintBot.Storage;

/// <summary>
/// Migrates the database at start-up, before the first request. A database that is down or unusable does not stop
/// the host: the failure is logged, <c>/readyz</c> reports it, and the next use tries again.
/// </summary>
public sealed class StorageSchemaInitializer(StorageDatabase database, ILogger<StorageSchemaInitializer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await database.EnsureSchemaAsync(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "{Database} is not usable at start-up; /readyz stays unhealthy until it is.", database.Description);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
