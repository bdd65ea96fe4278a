using ComplaintBot.Protocol.Diagnostics;

namespace ComplaintBot.Hosting;

/// <summary>
/// Passes each log line on with personal data masked (<see cref="LogRedaction"/>): the formatted message, every value,
/// the exception's text and the scope values. The code's own rule is still to log no personal data at all; this only
/// catches what slips through (an exception message quoting a payload, a framework's line).
/// </summary>
public sealed class RedactingLogger(ILogger inner) : ILogger
{
    public bool IsEnabled(LogLevel logLevel) => inner.IsEnabled(logLevel);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => state switch
        {
            LogCorrelation => inner.BeginScope(state),
            IEnumerable<KeyValuePair<string, object?>> pairs => inner.BeginScope(new RedactedLogState(pairs, message: null)),
            _ => inner.BeginScope(LogRedaction.Redact(state.ToString()) ?? string.Empty),
        };

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        if (!inner.IsEnabled(logLevel))
        {
            return;
        }

        var message = LogRedaction.Redact(formatter(state, exception)) ?? string.Empty;
        var redacted = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? new RedactedLogState(pairs, message)
            : new RedactedLogState([], message);
        inner.Log(logLevel, eventId, redacted, RedactedException.Of(exception), static (s, _) => s.ToString());
    }
}
