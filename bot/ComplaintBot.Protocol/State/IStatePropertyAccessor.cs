using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Protocol.State;

/// <summary>A typed value kept in a <see cref="BotState"/> for the turn's conversation or user.</summary>
public interface IStatePropertyAccessor<T>
    where T : class
{
    Task<T> GetAsync(ITurnContext turnContext, Func<T> defaultFactory, CancellationToken cancellationToken = default);

    Task SetAsync(ITurnContext turnContext, T value, CancellationToken cancellationToken = default);

    Task DeleteAsync(ITurnContext turnContext, CancellationToken cancellationToken = default);
}
