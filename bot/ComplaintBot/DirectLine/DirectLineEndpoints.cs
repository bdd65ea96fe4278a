using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using ComplaintBot.Protocol.Schema;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ComplaintBot.DirectLine;

/// <summary>
/// The Direct Line 3.0 endpoints under <c>/v3/directline</c> that Web Chat and DirectLineJS use: tokens,
/// conversations, activities (post and poll) and the WebSocket stream.
/// </summary>
public static class DirectLineEndpoints
{
    /// <summary>Direct Line's limit on a serialized activity.</summary>
    public const int MaxActivityBytes = 256 * 1024;

    /// <summary>Activities per polling answer.</summary>
    public const int MaxActivitiesPerPoll = 100;

    public static IEndpointRouteBuilder MapDirectLineEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(DirectLineChannel.RoutePrefix);
        group.MapPost("/tokens/generate", GenerateTokenAsync);
        group.MapPost("/tokens/refresh", RefreshTokenAsync);
        group.MapPost("/conversations", StartConversationAsync);
        group.MapGet("/conversations/{conversationId}", ReconnectAsync);
        group.MapPost("/conversations/{conversationId}/activities", PostActivityAsync);
        group.MapGet("/conversations/{conversationId}/activities", GetActivitiesAsync);
        group.MapGet("/conversations/{conversationId}/stream", StreamAsync);
        return endpoints;
    }

    private static async Task<IResult> GenerateTokenAsync(HttpRequest request, DirectLineAccess access, DirectLineTokenService tokens)
    {
        if (access.RefuseTokenGeneration(request) is { } refusal)
        {
            return refusal;
        }

        var (parameters, malformed) = await ReadTokenParametersAsync(request);
        if (malformed is not null)
        {
            return malformed;
        }

        var grant = NewGrant(parameters, access.IsSecret(DirectLineAccess.Bearer(request)));
        var token = tokens.Issue(grant);
        return Results.Ok(new DirectLineConversationResponse(grant.ConversationId, token.Value, token.ExpiresInSeconds));
    }

    private static async Task<IResult> RefreshTokenAsync(HttpRequest request, DirectLineAccess access, DirectLineTokenService tokens)
    {
        var (grant, refusal) = await access.CheckTokenAsync(DirectLineAccess.Bearer(request));
        if (refusal is not null)
        {
            return refusal;
        }

        var token = tokens.Issue(grant!);
        return Results.Ok(new DirectLineConversationResponse(grant!.ConversationId, token.Value, token.ExpiresInSeconds));
    }

    /// <summary>201 when this call started the conversation (the bot has greeted by now), 200 when it had been started.</summary>
    private static async Task<IResult> StartConversationAsync(
        HttpRequest request, DirectLineAccess access, DirectLineTokenService tokens, DirectLineConversations conversations)
    {
        var (parameters, malformed) = await ReadTokenParametersAsync(request);
        if (malformed is not null)
        {
            return malformed;
        }

        var bearer = DirectLineAccess.Bearer(request);
        DirectLineTokenGrant grant;
        string token;
        if (access.IsSecret(bearer))
        {
            grant = NewGrant(parameters, trustedCaller: true);
            token = tokens.Issue(grant).Value;
        }
        else
        {
            var (checkedGrant, refusal) = await access.CheckTokenAsync(bearer);
            if (refusal is not null)
            {
                return refusal;
            }

            grant = checkedGrant!;
            token = bearer!;
        }

        var locale = parameters?.Locale ?? request.Headers.AcceptLanguage.FirstOrDefault()?.Split(',')[0];
        var started = await conversations.StartAsync(grant, locale, request.HttpContext.RequestAborted);
        var body = ConversationResponse(request, tokens, grant, token, watermark: null);
        return started ? Results.Json(body, statusCode: StatusCodes.Status201Created) : Results.Ok(body);
    }

    private static async Task<IResult> ReconnectAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, DirectLineTokenService tokens, IDirectLineStore store)
    {
        var (grant, refusal) = await access.ForConversationAsync(request, conversationId, store, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        var bearer = DirectLineAccess.Bearer(request)!;
        var token = access.IsSecret(bearer) ? tokens.Issue(grant!).Value : bearer;
        return Results.Ok(ConversationResponse(request, tokens, grant!, token, watermark));
    }

    private static async Task<IResult> PostActivityAsync(
        string conversationId, HttpContext context, DirectLineAccess access, IDirectLineStore store, DirectLineConversations conversations)
    {
        var request = context.Request;
        var (grant, refusal) = await access.ForConversationAsync(request, conversationId, store, context.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!request.HasJsonContentType())
        {
            return DirectLineError.Result(StatusCodes.Status415UnsupportedMediaType, "BadArgument", "An activity is sent as application/json.");
        }

        if (request.ContentLength > MaxActivityBytes)
        {
            return TooLarge();
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxActivityBytes;
        }

        Activity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<Activity>(request.Body, ProtocolJson.Options, context.RequestAborted);
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TooLarge();
        }
        catch (JsonException)
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The body is not an activity.");
        }

        if (activity is null || string.IsNullOrEmpty(activity.Type))
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "MissingProperty", "An activity needs a type.");
        }

        var result = await conversations.PostAsync(grant!, activity, context.RequestAborted);
        if (result.Id is null)
        {
            return DirectLineError.Result(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");
        }

        return result.BotFailed
            ? DirectLineError.Result(StatusCodes.Status502BadGateway, "BotError", "The bot could not handle the activity.")
            : Results.Ok(new ResourceResponse(result.Id));
    }

    private static async Task<IResult> GetActivitiesAsync(
        string conversationId, string? watermark, HttpRequest request, DirectLineAccess access, IDirectLineStore store)
    {
        var (_, refusal) = await access.ForConversationAsync(request, conversationId, store, request.HttpContext.RequestAborted);
        if (refusal is not null)
        {
            return refusal;
        }

        var set = await store.ReadAfterAsync(conversationId, ParseWatermark(watermark), MaxActivitiesPerPoll, request.HttpContext.RequestAborted);
        return set is null
            ? DirectLineError.Result(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.")
            : Results.Json(set, ProtocolJson.Options);
    }

    /// <summary>
    /// The WebSocket behind a <c>streamUrl</c>: authorized by its short-lived ticket (<c>t</c>), because browsers cannot
    /// send an Authorization header on a WebSocket.
    /// </summary>
    private static async Task<IResult> StreamAsync(
        string conversationId, string? watermark, string? t, HttpContext context, DirectLineTokenService tokens,
        IDirectLineStore store, DirectLineStreamHub hub, DirectLineSocketSession stream)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            return DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The stream is a WebSocket.");
        }

        var check = await tokens.CheckAsync(t, DirectLineTokenScope.Stream);
        if (check.Status == DirectLineTokenStatus.Expired)
        {
            return DirectLineError.Result(StatusCodes.Status403Forbidden, "TokenExpired", "The stream URL has expired; reconnect for a new one.");
        }

        if (check.Grant is null)
        {
            return DirectLineError.Result(StatusCodes.Status401Unauthorized, "Unauthorized", "The stream URL is not valid.");
        }

        if (check.Grant.ConversationId != conversationId)
        {
            return DirectLineError.Result(StatusCodes.Status403Forbidden, "Forbidden", "The stream URL is for another conversation.");
        }

        if (await store.FindAsync(conversationId, context.RequestAborted) is null)
        {
            return DirectLineError.Result(StatusCodes.Status404NotFound, "NotFound", "The conversation does not exist.");
        }

        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        using var lease = hub.Attach(conversationId);
        await stream.RunAsync(socket, lease, ParseWatermark(watermark), context.RequestAborted);
        return Results.Empty;
    }

    private static DirectLineConversationResponse ConversationResponse(
        HttpRequest request, DirectLineTokenService tokens, DirectLineTokenGrant grant, string token, string? watermark)
    {
        var ticket = tokens.Issue(grant, DirectLineTokenScope.Stream).Value;
        var scheme = request.IsHttps ? "wss" : "ws";
        var query = QueryString.Create([
            new KeyValuePair<string, string?>("watermark", watermark ?? string.Empty),
            new KeyValuePair<string, string?>("t", ticket),
        ]);
        var streamUrl = $"{scheme}://{request.Host}{request.PathBase}{DirectLineChannel.RoutePrefix}/conversations/{Uri.EscapeDataString(grant.ConversationId)}/stream{query}";
        return new DirectLineConversationResponse(grant.ConversationId, token, tokens.TokenLifetimeSeconds, streamUrl);
    }

    /// <summary>A watermark is the sequence number of the last activity the client has; anything else means "from the start".</summary>
    private static long ParseWatermark(string? watermark) =>
        long.TryParse(watermark, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>A new conversation for a new token. Only a caller holding the secret chooses the user id (Direct Line: <c>dl_…</c>).</summary>
    private static DirectLineTokenGrant NewGrant(DirectLineTokenParameters? parameters, bool trustedCaller)
    {
        var requested = parameters?.User?.Id;
        var userId = trustedCaller && requested is { Length: > 3 and <= 128 } && requested.StartsWith("dl_", StringComparison.Ordinal)
            ? requested
            : "dl_" + RandomId();
        return new DirectLineTokenGrant(RandomId(), userId);
    }

    private static string RandomId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static async Task<(DirectLineTokenParameters? Parameters, IResult? Malformed)> ReadTokenParametersAsync(HttpRequest request)
    {
        if (request.ContentLength == 0 || !request.HasJsonContentType())
        {
            return (null, null);
        }

        try
        {
            return (await request.ReadFromJsonAsync<DirectLineTokenParameters>(ProtocolJson.Options, request.HttpContext.RequestAborted), null);
        }
        catch (JsonException)
        {
            return (null, DirectLineError.Result(StatusCodes.Status400BadRequest, "BadArgument", "The body is not valid JSON."));
        }
    }

    private static IResult TooLarge() =>
        DirectLineError.Result(StatusCodes.Status413PayloadTooLarge, "MessageSizeTooBig", "An activity may be at most 256 KB.");
}
