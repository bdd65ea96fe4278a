namespace ComplaintBot.Sentiment.Azure;

/// <summary>A text to analyse and its language ("en", "ko", "ja", "zh", "sl", or any code the service supports).</summary>
public sealed record LanguageDocument(string Text, string? Language);

/// <summary>The service's answer for one document: a value, or the document's own error (the inner code when the
/// service gives one, e.g. "UnsupportedLanguageCode").</summary>
public sealed record DocumentResult<T>(T? Value, string? ErrorCode, string? ErrorMessage)
{
    public bool HasError => ErrorCode is not null;
}
