namespace ComplaintBot.Hosting;

/// <summary>
/// The host's <see cref="ILoggerFactory"/> with a safety net in front of every provider: each logger it hands out is a
/// <see cref="RedactingLogger"/>, so whatever a log line carries (its message, its values, its exception, its scopes)
/// has emails, phone numbers, card numbers and IBANs masked before any provider sees it. Providers and their filter
/// rules (<c>Logging:Console:LogLevel</c> and the like) stay those of the inner factory.
/// </summary>
public sealed class RedactingLoggerFactory(ILoggerFactory inner) : ILoggerFactory
{
    public ILogger CreateLogger(string categoryName) => new RedactingLogger(inner.CreateLogger(categoryName));

    public void AddProvider(ILoggerProvider provider) => inner.AddProvider(provider);

    public void Dispose() => inner.Dispose();
}
