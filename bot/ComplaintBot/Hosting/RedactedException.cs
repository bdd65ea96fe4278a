namespace ComplaintBot.Hosting;

/// <summary>
/// Stands in for a logged exception whose text (message, inner exceptions, stack) contained personal data: it shows
/// the original type and the masked text. An exception with nothing to mask is logged as it is.
/// </summary>
public sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException()
        : this(string.Empty, string.Empty)
    {
    }

    public RedactedException(string message)
        : this(message, message)
    {
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    private RedactedException(string message, string text)
        : base(message)
    {
        _text = text;
    }

    /// <summary>The exception to log in place of <paramref name="exception"/>: itself when its text has nothing to mask.</summary>
    public static Exception? Of(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }

        var text = exception.ToString();
        var masked = LogRedaction.Redact(text) ?? string.Empty;
        return masked == text
            ? exception
            : new RedactedException(LogRedaction.Redact(exception.Message) ?? string.Empty, $"[redacted {exception.GetType().FullName}] {masked}");
    }

    public override string ToString() => _text;
}
