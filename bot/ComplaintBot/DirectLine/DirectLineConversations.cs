using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.DirectLine;

/// <summary>
/// The channel side of the embedded Direct Line: starts conversations (the bot is told the user joined, so it
/// greets first) and takes the user's activities: each is stored and echoed to the widget, then given to the bot
/// in process, already authenticated by the conversation token.
/// </summary>
public sealed partial class DirectLineConversations
{
    private readonly IDirectLineStore _store;
    private readonly DirectLineStreamHub _hub;
    private readonly CloudAdapter _adapter;
    private readonly IBot _bot;
    private readonly TimeProvider _time;
    private readonly ILogger<DirectLineConversations> _logger;

    public DirectLineConversations(IDirectLineStore store, DirectLineStreamHub hub, CloudAdapter adapter, IBot bot, TimeProvider time, ILogger<DirectLineConversations> logger)
    {
        _store = store;
        _hub = hub;
        _adapter = adapter;
        _bot = bot;
        _time = time;
        _logger = logger;
    }

    /// <summary>Starts the grant's conversation; false when it had already been started (a reconnecting client).</summary>
    public async Task<bool> StartAsync(DirectLineTokenGrant grant, string? locale, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        var started = await _store.TryStartAsync(
            new DirectLineConversation(grant.ConversationId, grant.UserId, locale, _time.GetUtcNow(), 0),
            cancellationToken);
        if (started)
        {
            var user = new ChannelAccount { Id = grant.UserId, Role = "user" };
            var joined = Addressed(new Activity
            {
                Type = ActivityTypes.ConversationUpdate,
                Id = Guid.NewGuid().ToString("N"),
                From = user,
                MembersAdded = [user],
                Locale = locale,
            }, grant);
            await DeliverAsync(grant, joined, cancellationToken);
        }

        return started;
    }

    /// <summary>Stores and echoes the user's activity, then runs the bot's turn on it.</summary>
    public async Task<DirectLinePostResult> PostAsync(DirectLineTokenGrant grant, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(grant);
        ArgumentNullException.ThrowIfNull(activity);

        // The user is who the token says, whatever the body claims (Direct Line's enhanced authentication).
        activity.From = new ChannelAccount { Id = grant.UserId, Name = activity.From?.Name, Role = "user" };
        activity.CallerId = null;
        var echo = Addressed(activity, grant);
        echo.ServiceUrl = null;
        var stored = await _store.AppendAsync(grant.ConversationId, echo, cancellationToken);
        if (stored is null)
        {
            return new DirectLinePostResult(null);
        }

        _hub.Notify(grant.ConversationId);
        var incoming = stored.Clone();
        incoming.ServiceUrl = DirectLineChannel.ServiceUrl;
        var delivered = await DeliverAsync(grant, incoming, cancellationToken);
        return new DirectLinePostResult(stored.Id, BotFailed: !delivered);
    }

    private static Activity Addressed(Activity activity, DirectLineTokenGrant grant)
    {
        activity.ChannelId = DirectLineChannel.ChannelId;
        activity.ServiceUrl = DirectLineChannel.ServiceUrl;
        activity.Conversation = new ConversationAccount { Id = grant.ConversationId };
        activity.Recipient = DirectLineChannel.BotAccount();
        return activity;
    }

    private async Task<bool> DeliverAsync(DirectLineTokenGrant grant, Activity activity, CancellationToken cancellationToken)
    {
        try
        {
            await _adapter.ProcessActivityAsync(DirectLineTokenService.Identity(grant), activity, _bot, cancellationToken);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogTurnFailed(_logger, activity.Type, ex);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The bot's turn on a Direct Line {ActivityType} activity failed")]
    private static partial void LogTurnFailed(ILogger logger, string? activityType, Exception exception);
}
