using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;

namespace ComplaintBot.Tests.Storage;

/// <summary>What every <see cref="IComplaintStore"/> must do; run once per provider by the subclasses.</summary>
public abstract class ComplaintStoreContractTests
{
    protected abstract IComplaintStore Store { get; }

    private static readonly DateTimeOffset Start = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    private static Customer NewCustomer() => new("webchat", "user-" + Guid.NewGuid().ToString("N"));

    private static void AssertSameRecord(Complaint expected, Complaint? actual)
    {
        Assert.NotNull(actual);
        var (want, got) = (JsonNode.Parse(ComplaintDocument.Serialize(expected)), JsonNode.Parse(ComplaintDocument.Serialize(actual)));
        Assert.True(JsonNode.DeepEquals(want, got), $"Expected {want}\nbut got {got}");
        Assert.Equal(expected.CreatedAt.Offset, actual.CreatedAt.Offset);
    }

    [StorageFact]
    public async Task Add_ThenFind_RoundTripsEveryFieldAtVersionOne()
    {
        var complaint = SampleComplaints.Create();

        var added = await Store.AddAsync(complaint, CancellationToken.None);
        var found = await Store.FindAsync(complaint.Reference, CancellationToken.None);

        Assert.Equal(1, added.Version);
        AssertSameRecord(complaint with { Version = 1 }, found);
        Assert.Equal("value", found!.Conversation.Properties!["aField"].GetString());
    }

    [StorageFact]
    public async Task Add_ReferenceTaken_ThrowsAndKeepsTheFirst()
    {
        var first = await Store.AddAsync(SampleComplaints.Create(), CancellationToken.None);

        var taken = await Assert.ThrowsAsync<ComplaintReferenceTakenException>(
            () => Store.AddAsync(first with { Description = "another" }, CancellationToken.None));

        Assert.Equal(first.Reference, taken.Reference);

        AssertSameRecord(first, await Store.FindAsync(first.Reference, CancellationToken.None));
    }

    [StorageFact]
    public async Task Find_UnknownReference_ReturnsNull()
    {
        Assert.Null(await Store.FindAsync("CMP-NOPE" + Guid.NewGuid().ToString("N"), CancellationToken.None));
    }

    [StorageFact]
    public async Task Update_WithTheVersionRead_StoresItAtTheNextVersion()
    {
        var added = await Store.AddAsync(SampleComplaints.Create(), CancellationToken.None);
        var resolvedAt = added.CreatedAt.AddDays(1);

        var updated = await Store.UpdateAsync(
            added with { Status = ComplaintStatus.Resolved, Resolution = "Replaced the camera.", ResolvedAt = resolvedAt },
            CancellationToken.None);

        Assert.Equal(2, updated.Version);
        AssertSameRecord(updated, await Store.FindAsync(added.Reference, CancellationToken.None));
    }

    [StorageFact]
    public async Task Update_WithAStaleVersion_ThrowsAndKeepsTheNewer()
    {
        var added = await Store.AddAsync(SampleComplaints.Create(), CancellationToken.None);
        var newer = await Store.UpdateAsync(added with { Status = ComplaintStatus.Escalated }, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Store.UpdateAsync(added with { Status = ComplaintStatus.Closed }, CancellationToken.None));

        AssertSameRecord(newer, await Store.FindAsync(added.Reference, CancellationToken.None));
    }

    [StorageFact]
    public async Task Update_TwoWritersFromTheSameVersion_OneWinsTheOtherGetsConcurrencyException()
    {
        var added = await Store.AddAsync(SampleComplaints.Create(), CancellationToken.None);

        var attempts = new[] { ComplaintStatus.Escalated, ComplaintStatus.InProgress }.Select(async status =>
        {
            try
            {
                return await Store.UpdateAsync(added with { Status = status }, CancellationToken.None);
            }
            catch (StorageConcurrencyException)
            {
                return null;
            }
        }).ToList();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, outcome => outcome is not null);
        AssertSameRecord(winner!, await Store.FindAsync(added.Reference, CancellationToken.None));
    }

    [StorageFact]
    public async Task Update_UnknownReference_ThrowsInvalidOperation()
    {
        await Assert.ThrowsAsync<InvalidOperationException>(
            () => Store.UpdateAsync(SampleComplaints.Create() with { Version = 1 }, CancellationToken.None));
    }

    [StorageFact]
    public async Task List_OneCustomer_NewestFirst()
    {
        var customer = NewCustomer();
        var complaints = new List<Complaint>();
        foreach (var day in new[] { 3, 1, 2 })
        {
            complaints.Add(await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(day)), CancellationToken.None));
        }

        await Store.AddAsync(SampleComplaints.Create(customer: NewCustomer(), createdAt: Start.AddDays(4)), CancellationToken.None);

        var listed = await Store.ListAsync(new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId) }, CancellationToken.None);

        Assert.Equal(complaints.OrderByDescending(c => c.CreatedAt).Select(c => c.Reference), listed.Select(c => c.Reference));
        Assert.All(listed, complaint => Assert.Equal(1, complaint.Version));
    }

    [StorageFact]
    public async Task List_ByStatusCategoryAndCreatedSince_MatchesAllFilters()
    {
        var customer = NewCustomer();
        var match = await Store.AddAsync(
            SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(5), status: ComplaintStatus.Escalated, category: ComplaintCategory.Billing),
            CancellationToken.None);
        await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(5), status: ComplaintStatus.Open, category: ComplaintCategory.Billing), CancellationToken.None);
        await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(5), status: ComplaintStatus.Escalated, category: ComplaintCategory.Delivery), CancellationToken.None);
        await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(1), status: ComplaintStatus.Escalated, category: ComplaintCategory.Billing), CancellationToken.None);

        var listed = await Store.ListAsync(
            new ComplaintQuery
            {
                Customer = (customer.ChannelId, customer.UserId),
                Status = ComplaintStatus.Escalated,
                Category = ComplaintCategory.Billing,
                CreatedSince = Start.AddDays(5),
            },
            CancellationToken.None);

        Assert.Equal([match.Reference], listed.Select(c => c.Reference));
    }

    [StorageFact]
    public async Task List_CreatedSinceInAnotherOffset_ComparesInstants()
    {
        var customer = NewCustomer();
        var created = new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.FromHours(9));
        var complaint = await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: created), CancellationToken.None);

        var since = await Store.ListAsync(
            new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId), CreatedSince = created.ToOffset(TimeSpan.FromHours(-5)) },
            CancellationToken.None);
        var after = await Store.ListAsync(
            new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId), CreatedSince = created.AddMinutes(1).ToUniversalTime() },
            CancellationToken.None);

        Assert.Equal([complaint.Reference], since.Select(c => c.Reference));
        Assert.Empty(after);
    }

    [StorageFact]
    public async Task List_Limit_ReturnsTheNewestOnes()
    {
        var customer = NewCustomer();
        for (var day = 1; day <= 4; day++)
        {
            await Store.AddAsync(SampleComplaints.Create(customer: customer, createdAt: Start.AddDays(day)), CancellationToken.None);
        }

        var listed = await Store.ListAsync(new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId), Limit = 2 }, CancellationToken.None);

        Assert.Equal([Start.AddDays(4), Start.AddDays(3)], listed.Select(c => c.CreatedAt));
    }

    [StorageFact]
    public async Task List_NonPositiveLimit_IsRefused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => Store.ListAsync(new ComplaintQuery { Limit = 0 }, CancellationToken.None));
    }
}
