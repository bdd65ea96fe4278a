using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Turns;

/// <summary>One turn of a conversation: the incoming activity and the means to answer it.</summary>
public interface ITurnContext
{
    BotAdapter Adapter { get; }

    /// <summary>The incoming activity.</summary>
    Activity Activity { get; }

    /// <summary>Whether anything was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>Per-turn services and values, keyed by type or name.</summary>
    TurnState TurnState { get; }

    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken = default);

    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(IReadOnlyList<Activity> activities, CancellationToken cancellationToken = default);

    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken = default);

    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken = default);

    /// <summary>Registers an observer that sees every activity this turn sends, addressed, before it goes out (a transcript, say).</summary>
    void OnSendActivities(Action<IReadOnlyList<Activity>> observer);
}
