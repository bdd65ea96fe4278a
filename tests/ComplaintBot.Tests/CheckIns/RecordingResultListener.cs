using System.Collections.Concurrent;
using ComplaintBot.CheckIns;

namespace ComplaintBot.Tests.CheckIns;

/// <summary>Keeps every check-in result it is told about.</summary>
public sealed class RecordingResultListener : ICheckInResultListener
{
    private readonly ConcurrentQueue<CheckInResult> _results = new();

    public IReadOnlyList<CheckInResult> Results => [.. _results];

    public Task OnResultChangedAsync(CheckInResult result, CancellationToken cancellationToken)
    {
        _results.Enqueue(result);
        return Task.CompletedTask;
    }
}

/// <summary>A listener that always fails: the answers and the other listeners must not suffer from it.</summary>
public sealed class ThrowingResultListener : ICheckInResultListener
{
    public Task OnResultChangedAsync(CheckInResult result, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The support team's webhook is down.");
}
