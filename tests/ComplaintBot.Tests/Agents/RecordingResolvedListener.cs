using System.Collections.Concurrent;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Tests.Agents;

/// <summary>Stands in for the check-in feature: keeps every complaint it is told was resolved.</summary>
public sealed class RecordingResolvedListener : IComplaintResolvedListener
{
    private readonly ConcurrentQueue<Complaint> _resolved = new();

    public IReadOnlyList<Complaint> Resolved => [.. _resolved];

    public Task OnResolvedAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        _resolved.Enqueue(complaint);
        return Task.CompletedTask;
    }
}
