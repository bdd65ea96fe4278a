using System.Text.Json;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Microsoft.AspNetCore.Http.Features;

namespace ComplaintBot.Messaging;

/// <summary>
/// <c>POST /api/messages</c>, the Bot Framework endpoint: 200 (empty, or the expectReplies/invoke body), 400 for a
/// body that is not an activity, 401 for an unauthentic request, 405 for other verbs, 413 above 256 KB, 415 for a
/// body that is not JSON. A refused request writes nothing and runs no turn.
/// </summary>
public static partial class MessagesEndpoint
{
    public const string Route = "/api/messages";

    /// <summary>The channels' own limit on a serialized activity (Direct Line: 256K).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapBotMessages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Route, HandleAsync);
        endpoints.MapMethods(Route, ["GET", "PUT", "DELETE", "PATCH", "HEAD"], () => Results.StatusCode(StatusCodes.Status405MethodNotAllowed));
        return endpoints;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, CloudAdapter adapter, IBot bot, ILogger<CloudAdapter> logger)
    {
        var request = context.Request;
        if (!request.HasJsonContentType())
        {
            return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException ex)
        {
            LogMalformed(logger, ex.Path, ex.LineNumber, ex.BytePositionInLine);
            return Results.Problem(title: "The body is not a Bot Framework activity.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return Results.Problem(title: "An activity needs a type and a conversation id.", statusCode: StatusCodes.Status400BadRequest);
        }

        TurnOutcome outcome;
        try
        {
            outcome = await adapter.ProcessActivityAsync(request.Headers.Authorization, activity, bot, context.RequestAborted);
        }
        catch (UnauthorizedAccessException ex)
        {
            LogUnauthorized(logger, activity.ChannelId, ex.Message);
            return Results.Unauthorized();
        }

        return outcome.Body is null
            ? Results.StatusCode(outcome.Status)
            : Results.Json(outcome.Body, ProtocolJson.Options, statusCode: outcome.Status);
    }

    /// <summary>Where the body stopped being an activity; never the parser's message, which can quote the customer's text.</summary>
    [LoggerMessage(Level = LogLevel.Information, Message = "Refused a malformed activity: invalid JSON at {JsonPath} (line {LineNumber}, byte {BytePosition})")]
    private static partial void LogMalformed(ILogger logger, string? jsonPath, long? lineNumber, long? bytePosition);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused an unauthenticated request on channel {ChannelId}: {Reason}")]
    private static partial void LogUnauthorized(ILogger logger, string? channelId, string reason);
}
