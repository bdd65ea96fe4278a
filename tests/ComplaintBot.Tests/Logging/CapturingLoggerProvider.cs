using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Tests.Logging;

/// <summary>
/// A real logger provider that keeps every line it is given, as a structured sink would see it: the message, each
/// value, the exception's text and the values of every scope around it.
/// </summary>
public sealed class CapturingLoggerProvider : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLine> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLine> Lines => [.. _lines];

    /// <summary>Everything captured, one line per entry, for "is it anywhere" checks.</summary>
    public string AllText => string.Join('\n', _lines.Select(l => l.Text));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLoggerProvider provider, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => provider._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = Pairs(state);
            var scopes = new List<IReadOnlyDictionary<string, string?>>();
            provider._scopes.ForEachScope((scope, list) => list.Add(Pairs(scope)), scopes);
            provider._lines.Enqueue(new CapturedLine(category, logLevel, formatter(state, exception), values, exception?.ToString(), scopes));
        }

        private static Dictionary<string, string?> Pairs(object? state)
        {
            var pairs = new Dictionary<string, string?>(StringComparer.Ordinal);
            if (state is IEnumerable<KeyValuePair<string, object?>> items)
            {
                foreach (var (key, value) in items)
                {
                    pairs[key] = Convert.ToString(value, CultureInfo.InvariantCulture);
                }
            }
            else if (state is not null)
            {
                pairs["(text)"] = state.ToString();
            }

            return pairs;
        }
    }
}

/// <summary>One captured log line.</summary>
public sealed record CapturedLine(
    string Category,
    LogLevel Level,
    string Message,
    IReadOnlyDictionary<string, string?> Values,
    string? Exception,
    IReadOnlyList<IReadOnlyDictionary<string, string?>> Scopes)
{
    public string Text => string.Join(
        " | ",
        [Category, Message, .. Values.Select(v => $"{v.Key}={v.Value}"), Exception ?? string.Empty, .. Scopes.SelectMany(s => s.Select(v => $"{v.Key}={v.Value}"))]);

    /// <summary>The value of a key in any scope around the line, innermost last.</summary>
    public string? Scope(string key) => Scopes.Select(s => s.GetValueOrDefault(key)).LastOrDefault(v => v is not null);
}
