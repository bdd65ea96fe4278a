using System.Security.Claims;
using ComplaintBot.Protocol.Auth;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Protocol.Diagnostics;
using ComplaintBot.Protocol.Schema;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Protocol.Turns;

/// <summary>
/// The adapter for real channels: authenticates each inbound activity, runs the turn, and delivers replies
/// through the Bot Connector API of the activity's service URL (BBD CloudAdapterBase semantics).
/// </summary>
public sealed partial class CloudAdapter : BotAdapter
{
    private readonly IChannelAuthenticator _authenticator;
    private readonly IConnectorClientFactory _connectors;
    private readonly IServiceUrlTrust _trust;
    private readonly ILogger<CloudAdapter> _logger;

    public CloudAdapter(IChannelAuthenticator authenticator, IConnectorClientFactory connectors, IServiceUrlTrust trust, ILogger<CloudAdapter> logger)
    {
        _authenticator = authenticator;
        _connectors = connectors;
        _trust = trust;
        _logger = logger;
    }

    /// <summary>Authenticates and runs one inbound activity.</summary>
    /// <exception cref="UnauthorizedAccessException">The request is not authentic; nothing was processed.</exception>
    public async Task<TurnOutcome> ProcessActivityAsync(string? authorizationHeader, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);

        // callerId is never taken from the wire (spec A2251); it is set from the authenticated identity.
        activity.CallerId = null;
        var identity = await _authenticator.AuthenticateAsync(authorizationHeader, activity, cancellationToken).ConfigureAwait(false);
        var anonymous = identity.AuthenticationType == AuthenticationConstants.AnonymousAuthType;
        if (!anonymous)
        {
            activity.CallerId = AuthenticationConstants.PublicCloudCallerId;
            if (activity.ServiceUrl is { Length: > 0 } serviceUrl)
            {
                _trust.Trust(serviceUrl);
            }
        }

        return await ProcessActivityAsync(identity, activity, bot, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Runs one inbound activity whose sender the host has already authenticated itself (the embedded Direct Line
    /// endpoint, which delivers its users' activities in process).
    /// </summary>
    public async Task<TurnOutcome> ProcessActivityAsync(ClaimsIdentity identity, Activity activity, IBot bot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(identity);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(bot);

        var correlation = LogCorrelation.ForTurn(activity);
        using var scope = _logger.BeginScope(correlation);
        LogCorrelation.Current = correlation;
        LogTurn(_logger, activity.Type);
        var turnContext = new TurnContext(this, activity);
        turnContext.TurnState.Set<ClaimsIdentity>(identity);
        await RunPipelineAsync(turnContext, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false);

        if (activity.IsType(ActivityTypes.Invoke))
        {
            var invoke = turnContext.InvokeResponse;
            return invoke is null ? new TurnOutcome(501) : new TurnOutcome(invoke.Status, invoke.Body);
        }

        return turnContext.ExpectsReplies
            ? new TurnOutcome(200, new ExpectedReplies(turnContext.BufferedReplies))
            : TurnOutcome.Ok;
    }

    public override async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            if (activity.IsType(ActivityTypes.Trace) && activity.ChannelId != Channels.Emulator)
            {
                responses.Add(new ResourceResponse(null));
                continue;
            }

            var conversationId = activity.Conversation?.Id
                ?? throw new InvalidOperationException("An outgoing activity has no conversation id.");
            var serviceUrl = activity.ServiceUrl
                ?? throw new InvalidOperationException("An outgoing activity has no service URL.");
            var connector = _connectors.Create(serviceUrl);
            var replyToId = activity.ReplyToId;
            activity.Id = null;
            var response = string.IsNullOrEmpty(replyToId)
                ? await connector.SendToConversationAsync(conversationId, activity, cancellationToken).ConfigureAwait(false)
                : await connector.ReplyToActivityAsync(conversationId, replyToId, activity, cancellationToken).ConfigureAwait(false);
            responses.Add(response);
        }

        return responses;
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var connector = _connectors.Create(activity.ServiceUrl ?? throw new InvalidOperationException("No service URL."));
        return connector.UpdateActivityAsync(
            activity.Conversation?.Id ?? throw new InvalidOperationException("No conversation id."),
            activity.Id ?? throw new InvalidOperationException("An update needs the activity id."),
            activity,
            cancellationToken);
    }

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var connector = _connectors.Create(reference.ServiceUrl ?? throw new InvalidOperationException("No service URL."));
        return connector.DeleteActivityAsync(
            reference.Conversation?.Id ?? throw new InvalidOperationException("No conversation id."),
            reference.ActivityId ?? throw new InvalidOperationException("A delete needs the activity id."),
            cancellationToken);
    }

    /// <summary>
    /// Runs a proactive turn. The reference must come from the bot's own store, where only references of
    /// authenticated activities are written; its service URL is therefore trusted with the bot's token.
    /// </summary>
    public override async Task ContinueConversationAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (reference.Conversation?.Id is null || string.IsNullOrEmpty(reference.ServiceUrl))
        {
            throw new ArgumentException("A conversation reference needs a conversation id and a service URL.", nameof(reference));
        }

        _trust.Trust(reference.ServiceUrl);
        var continuation = reference.GetContinuationActivity();
        var turnContext = new TurnContext(this, continuation);
        var correlation = LogCorrelation.ForTurn(continuation);
        if (LogCorrelation.Current?.ComplaintReference is { } complaint)
        {
            correlation.AttachComplaint(complaint);
        }

        using var scope = _logger.BeginScope(correlation);
        LogCorrelation.Current = correlation;
        LogContinuing(_logger, reference.ChannelId);
        await RunPipelineAsync(turnContext, callback, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Turn on a {ActivityType} activity")]
    private static partial void LogTurn(ILogger logger, string? activityType);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Continuing a conversation on {ChannelId}")]
    private static partial void LogContinuing(ILogger logger, string? channelId);
}
