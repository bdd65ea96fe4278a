using System.Globalization;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>
/// An adapter for tests: turns a customer's text into a message activity of one test conversation, runs the turn
/// through the middleware, and keeps every reply in order instead of sending it.
/// </summary>
public sealed class TestAdapter : BotAdapter
{
    private readonly Queue<Activity> _replies = new();
    private int _nextId;

    public TestAdapter(string locale = "en-US", string channelId = Channels.Test)
    {
        Conversation = new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = "https://test.localhost/",
            User = new ChannelAccount { Id = "user1", Name = "User1" },
            Bot = new ChannelAccount { Id = "bot", Name = "Bot" },
            Conversation = new ConversationAccount { Id = "conversation1" },
            Locale = locale,
        };
    }

    /// <summary>The conversation every activity of this adapter belongs to.</summary>
    public ConversationReference Conversation { get; }

    /// <summary>Replies sent so far and not yet taken with <see cref="GetNextReply"/>.</summary>
    public int PendingReplies => _replies.Count;

    /// <summary>A message from the test user, addressed to the test conversation.</summary>
    public Activity MakeMessage(string text) => new Activity
    {
        Type = ActivityTypes.Message,
        Text = text,
    }.ApplyConversationReference(Conversation, isIncoming: true);

    /// <summary>Runs a turn for <paramref name="activity"/>; fields it leaves empty come from <see cref="Conversation"/>.</summary>
    public async Task ProcessActivityAsync(Activity activity, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        activity.Type ??= ActivityTypes.Message;
        activity.ChannelId ??= Conversation.ChannelId;
        activity.ServiceUrl ??= Conversation.ServiceUrl;
        activity.Conversation ??= Conversation.Conversation;
        activity.From ??= Conversation.User;
        activity.Recipient ??= Conversation.Bot;
        activity.Locale ??= Conversation.Locale;
        activity.Id ??= NextId();
        await RunPipelineAsync(new TurnContext(this, activity), callback, cancellationToken);
    }

    public Activity? GetNextReply() => _replies.TryDequeue(out var reply) ? reply : null;

    public override Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activities);
        var responses = new List<ResourceResponse>(activities.Count);
        foreach (var activity in activities)
        {
            activity.Id ??= NextId();
            _replies.Enqueue(activity);
            responses.Add(new ResourceResponse(activity.Id));
        }

        return Task.FromResult<IReadOnlyList<ResourceResponse>>(responses);
    }

    public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken)
        => throw new NotSupportedException("The test adapter does not update activities.");

    public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken)
        => throw new NotSupportedException("The test adapter does not delete activities.");

    public override Task ContinueConversationAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return RunPipelineAsync(new TurnContext(this, reference.GetContinuationActivity()), callback, cancellationToken);
    }

    private string NextId() => (++_nextId).ToString(CultureInfo.InvariantCulture);
}
