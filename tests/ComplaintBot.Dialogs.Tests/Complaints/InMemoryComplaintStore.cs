using System.Collections.Concurrent;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Tests.Complaints;

/// <summary>A complaint store in a dictionary, for the unit tests of the rules that read or write complaints.</summary>
internal sealed class InMemoryComplaintStore : IComplaintStore
{
    private readonly ConcurrentDictionary<string, Complaint> _complaints = new(StringComparer.Ordinal);

    /// <summary>Called before every add, e.g. to let a competing filing take the reference first.</summary>
    public Action<Complaint>? BeforeAdd { get; set; }

    public int AddCalls { get; private set; }

    public int FindCalls { get; private set; }

    public Task<Complaint> AddAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        AddCalls++;
        BeforeAdd?.Invoke(complaint);
        var stored = complaint with { Version = 1 };
        return _complaints.TryAdd(complaint.Reference, stored)
            ? Task.FromResult(stored)
            : throw new ComplaintReferenceTakenException(complaint.Reference);
    }

    public Task<Complaint?> FindAsync(string reference, CancellationToken cancellationToken)
    {
        FindCalls++;
        return Task.FromResult(_complaints.GetValueOrDefault(reference));
    }

    public Task<Complaint> UpdateAsync(Complaint complaint, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<IReadOnlyList<Complaint>> ListAsync(ComplaintQuery query, CancellationToken cancellationToken)
    {
        IEnumerable<Complaint> found = _complaints.Values;
        if (query.Customer is var (channelId, userId))
        {
            found = found.Where(c => c.Customer.ChannelId == channelId && c.Customer.UserId == userId);
        }

        if (query.CreatedSince is { } since)
        {
            found = found.Where(c => c.CreatedAt >= since);
        }

        IReadOnlyList<Complaint> list = [.. found.OrderByDescending(c => c.CreatedAt).Take(query.Limit)];
        return Task.FromResult(list);
    }

    public void Seed(Complaint complaint) => _complaints[complaint.Reference] = complaint;
}
