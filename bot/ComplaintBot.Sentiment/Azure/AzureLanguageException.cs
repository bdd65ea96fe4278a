namespace ComplaintBot.Sentiment.Azure;

/// <summary>The service refused a whole request: its HTTP status, its error code (the inner one when given; "401" and
/// "429" come from the gateway as plain numbers) and, when throttled, how long it asked the caller to wait.</summary>
public sealed class AzureLanguageException : Exception
{
    public AzureLanguageException()
    {
    }

    public AzureLanguageException(string message)
        : base(message)
    {
    }

    public AzureLanguageException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public AzureLanguageException(int status, string? errorCode, string message, TimeSpan? retryAfter)
        : base(message)
    {
        Status = status;
        ErrorCode = errorCode;
        RetryAfter = retryAfter;
    }

    public int Status { get; }

    public string? ErrorCode { get; }

    public TimeSpan? RetryAfter { get; }
}
