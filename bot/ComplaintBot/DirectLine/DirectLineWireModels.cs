using System.Text.Json.Serialization;

namespace ComplaintBot.DirectLine;

/// <summary>Direct Line's <c>Conversation</c> object (start, reconnect, token answers).</summary>
public sealed record DirectLineConversationResponse(
    [property: JsonPropertyName("conversationId")] string ConversationId,
    [property: JsonPropertyName("token")] string Token,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("streamUrl")] string? StreamUrl = null);

/// <summary>The optional body of <c>tokens/generate</c> and <c>conversations</c> (Direct Line's <c>TokenParameters</c>).</summary>
public sealed record DirectLineTokenParameters(DirectLineUser? User, string? Locale);

public sealed record DirectLineUser(string? Id, string? Name);

/// <summary>Direct Line's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed record DirectLineError(DirectLineErrorDetail Error)
{
    public static IResult Result(int status, string code, string message) =>
        Results.Json(new DirectLineError(new DirectLineErrorDetail(code, message)), statusCode: status);
}

public sealed record DirectLineErrorDetail(string Code, string Message);
