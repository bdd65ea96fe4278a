namespace ComplaintBot.CheckIns;

/// <summary>Tells every <see cref="ICheckInResultListener"/> about a stored result; one that fails is logged and the others still hear it.</summary>
public sealed partial class CheckInResultNotifier(IEnumerable<ICheckInResultListener> listeners, ILogger<CheckInResultNotifier> logger)
{
    public async Task NotifyAsync(CheckInResult result, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        foreach (var listener in listeners)
        {
            try
            {
                await listener.OnResultChangedAsync(result, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                LogListenerFailed(logger, ex, listener.GetType().Name, result.CheckInId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Listener} failed on the result of check-in {CheckInId}; the result is stored")]
    private static partial void LogListenerFailed(ILogger logger, Exception exception, string listener, string checkInId);
}
