using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Turns;

/// <summary>
/// The default turn context. Every outgoing activity is addressed as a reply to the incoming one; on an
/// <c>expectReplies</c> turn they are buffered for the HTTP response instead of being sent; an
/// <c>invokeResponse</c> pseudo-activity is kept for the adapter to write as the HTTP answer.
/// </summary>
public sealed class TurnContext : ITurnContext
{
    private readonly List<Activity> _bufferedReplies = [];
    private readonly List<Action<IReadOnlyList<Activity>>> _sendObservers = [];

    public TurnContext(BotAdapter adapter, Activity activity)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(activity);
        Adapter = adapter;
        Activity = activity;
    }

    public BotAdapter Adapter { get; }

    public Activity Activity { get; }

    public bool Responded { get; private set; }

    public TurnState TurnState { get; } = new();

    /// <summary>The replies held back on an <c>expectReplies</c> turn, in the order they were sent.</summary>
    public IReadOnlyList<Activity> BufferedReplies => _bufferedReplies;

    /// <summary>The answer to an <c>invoke</c> activity, if the bot gave one.</summary>
    public InvokeResponse? InvokeResponse { get; private set; }

    public bool ExpectsReplies => string.Equals(Activity.DeliveryMode, DeliveryModes.ExpectReplies, StringComparison.Ordinal);

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default)
        => SendActivityAsync(ActivityExtensions.CreateMessage(text), cancellationToken);

    public async Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        var responses = await SendActivitiesAsync([activity], cancellationToken).ConfigureAwait(false);
        return responses.Count > 0 ? responses[0] : new ResourceResponse(null);
    }

    public async Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activities);
        if (activities.Count == 0)
        {
            return [];
        }

        var reference = OutgoingReference();
        var outgoing = new List<Activity>(activities.Count);
        foreach (var activity in activities)
        {
            var addressed = activity.Clone().ApplyConversationReference(reference);
            addressed.Type ??= ActivityTypes.Message;
            outgoing.Add(addressed);
        }

        foreach (var observer in _sendObservers)
        {
            observer(outgoing);
        }

        var responses = new List<ResourceResponse>(outgoing.Count);
        var toSend = new List<Activity>(outgoing.Count);
        foreach (var activity in outgoing)
        {
            if (activity.IsType(ActivityTypes.InvokeResponse))
            {
                InvokeResponse = ToInvokeResponse(activity);
                continue;
            }

            if (!activity.IsType(ActivityTypes.Trace))
            {
                Responded = true;
            }

            if (ExpectsReplies)
            {
                _bufferedReplies.Add(activity);
                responses.Add(new ResourceResponse(null));
            }
            else
            {
                toSend.Add(activity);
            }
        }

        if (toSend.Count > 0)
        {
            responses.AddRange(await Adapter.SendActivitiesAsync(this, toSend, cancellationToken).ConfigureAwait(false));
        }

        return responses;
    }

    public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var addressed = activity.Clone().ApplyConversationReference(OutgoingReference());
        addressed.ReplyToId = null;
        return Adapter.UpdateActivityAsync(this, addressed, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        var reference = Activity.GetConversationReference();
        reference.ActivityId = activityId;
        return Adapter.DeleteActivityAsync(this, reference, cancellationToken);
    }

    public void OnSendActivities(Action<IReadOnlyList<Activity>> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _sendObservers.Add(observer);
    }

    /// <summary>
    /// How this turn's sends are addressed: as replies to the incoming activity, except in a proactive turn, whose
    /// continuation event was never seen by the channel and so cannot be replied to: those go to the conversation.
    /// </summary>
    private ConversationReference OutgoingReference()
    {
        var reference = Activity.GetConversationReference();
        if (Activity.IsType(ActivityTypes.Event) && Activity.Name == ActivityEventNames.ContinueConversation)
        {
            reference.ActivityId = null;
        }

        return reference;
    }

    private static InvokeResponse ToInvokeResponse(Activity activity)
    {
        if (activity.Value is { } value && value.ValueKind == System.Text.Json.JsonValueKind.Object
            && value.TryGetProperty("status", out var status) && status.TryGetInt32(out var code))
        {
            return new InvokeResponse(code, value.TryGetProperty("body", out var body) ? body : null);
        }

        return new InvokeResponse(200);
    }
}
