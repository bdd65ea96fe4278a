namespace ComplaintBot.Protocol.Turns;

/// <summary>Runs around every turn; calls <paramref name="nextTurn"/> to let the turn continue.</summary>
public interface IMiddleware
{
    Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken);
}
