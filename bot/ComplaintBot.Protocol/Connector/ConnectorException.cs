namespace ComplaintBot.Protocol.Connector;

/// <summary>A connector call failed for good; <see cref="Failure"/> says what the caller should do.</summary>
public sealed class ConnectorException : Exception
{
    public ConnectorException()
    {
    }

    public ConnectorException(string message)
        : base(message)
    {
    }

    public ConnectorException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ConnectorException(ConnectorFailure failure, int? statusCode, string? errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        StatusCode = statusCode;
        ErrorCode = errorCode;
    }

    public ConnectorFailure Failure { get; }

    /// <summary>The channel's HTTP status, when it answered.</summary>
    public int? StatusCode { get; }

    /// <summary>The channel's <c>error.code</c> (e.g. <c>ConversationBlockedByUser</c>), when it gave one.</summary>
    public string? ErrorCode { get; }
}
