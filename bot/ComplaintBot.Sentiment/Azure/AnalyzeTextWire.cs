using System.Text.Json.Serialization;

namespace ComplaintBot.Sentiment.Azure;

// The documented `:analyze-text` request and response bodies (api-version 2023-04-01), only the parts we use.

internal sealed record AnalyzeTextRequest(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("parameters")] AnalyzeTextParameters Parameters,
    [property: JsonPropertyName("analysisInput")] AnalysisInput AnalysisInput);

internal sealed record AnalyzeTextParameters(
    [property: JsonPropertyName("modelVersion")] string ModelVersion,
    [property: JsonPropertyName("opinionMining"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] bool? OpinionMining,
    [property: JsonPropertyName("stringIndexType"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? StringIndexType);

internal sealed record AnalysisInput([property: JsonPropertyName("documents")] IReadOnlyList<InputDocument> Documents);

internal sealed record InputDocument(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("language"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language,
    [property: JsonPropertyName("countryHint"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? CountryHint);

internal sealed record AnalyzeTextResponse<TDocument>(string? Kind, TaskResults<TDocument>? Results);

internal sealed record TaskResults<TDocument>(List<TDocument>? Documents, List<DocumentError>? Errors, string? ModelVersion);

/// <summary>A per-document result, found again by its id.</summary>
internal interface IServiceDocument
{
    string Id { get; }
}

internal sealed record SentimentDocument(string Id, string Sentiment, ConfidenceScores ConfidenceScores) : IServiceDocument;

internal sealed record ConfidenceScores(double Positive, double Neutral, double Negative);

internal sealed record DetectedLanguageDocument(string Id, DetectedLanguage DetectedLanguage) : IServiceDocument;

internal sealed record DetectedLanguage(string? Name, string? Iso6391Name, double ConfidenceScore);

internal sealed record DocumentError(string Id, ServiceError Error);

internal sealed record ErrorResponse(ServiceError? Error);

/// <summary>An error; the service writes the nested one as "innererror" or "innerError" (parsed case-insensitively).</summary>
internal sealed record ServiceError(string? Code, string? Message, ServiceError? InnerError)
{
    public string? InnermostCode => InnerError?.InnermostCode ?? Code;

    public string? InnermostMessage => InnerError?.InnermostMessage ?? Message;
}
