using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Turns;

/// <summary>Connects the bot's logic to a channel: runs turns through the middleware and delivers what the bot sends.</summary>
public abstract class BotAdapter
{
    private readonly List<IMiddleware> _middleware = [];

    /// <summary>Adds a middleware that runs around every turn, in the order added.</summary>
    public BotAdapter Use(IMiddleware middleware)
    {
        ArgumentNullException.ThrowIfNull(middleware);
        _middleware.Add(middleware);
        return this;
    }

    public abstract Task<IReadOnlyList<ResourceResponse>> SendActivitiesAsync(ITurnContext turnContext, IReadOnlyList<Activity> activities, CancellationToken cancellationToken);

    public abstract Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken);

    public abstract Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken);

    /// <summary>Starts a proactive turn in the referenced conversation (a <c>ContinueConversation</c> event).</summary>
    public abstract Task ContinueConversationAsync(ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken);

    /// <summary>Runs the middleware in order, then <paramref name="callback"/>.</summary>
    protected Task RunPipelineAsync(ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return RunFromAsync(0, turnContext, callback, cancellationToken);
    }

    private Task RunFromAsync(int index, ITurnContext turnContext, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        if (index == _middleware.Count)
        {
            return callback(turnContext, cancellationToken);
        }

        return _middleware[index].OnTurnAsync(turnContext, ct => RunFromAsync(index + 1, turnContext, callback, ct), cancellationToken);
    }
}
