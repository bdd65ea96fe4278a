using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Storage;
using ComplaintBot.Storage;
using ComplaintBot.SupportTeams;

namespace ComplaintBot.Tests.Storage;

/// <summary>The stores of the agents' tables write through the embedded database's one writer (a real SQLite file).</summary>
public sealed class SqliteOneWriterTests(SqliteTestDatabase database) : IClassFixture<SqliteTestDatabase>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 19, 0, 0, TimeSpan.Zero);

    private readonly SqlHandoffStore _handoffs = new(new AgentsDatabase(database.Database));

    private readonly SqlSupportOutbox _outbox = new(new AgentsDatabase(database.Database));

    private static HandoffTicket NewTicket(string? conversationKey = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ComplaintReference = "CMP-" + Guid.NewGuid().ToString("N")[..8],
        ConversationKey = conversationKey ?? "webchat/" + Guid.NewGuid().ToString("N"),
        Status = HandoffStatus.Waiting,
        Language = "en",
        RequestedAt = Now,
    };

    [Fact]
    public async Task HandoffAndOutboxWrites_FiftyEachAtOnceBehindABusyWriter_AllArePersisted_AndOnlyTheDuplicateFails()
    {
        var active = await _handoffs.AddAsync(NewTicket(), CancellationToken.None);
        var tickets = Enumerable.Range(0, 50).Select(_ => NewTicket()).ToList();
        var notifications = Enumerable.Range(0, 50)
            .Select(_ => new SupportNotification("one-writer:" + Guid.NewGuid().ToString("N"), SupportNotificationKind.NegativeResult, Now, Result: null, Digest: null))
            .ToList();
        var writerBusy = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = database.Database.WriteAsync(
            SqliteSynchronous.Full,
            async (_, _) =>
            {
                writerBusy.SetResult();
                await release.Task;
                return 0;
            },
            CancellationToken.None);
        await writerBusy.Task;

        var added = tickets.Select(ticket => Task.Run(() => _handoffs.AddAsync(ticket, CancellationToken.None))).ToList();
        var enqueued = notifications.Select(notification => Task.Run(() => _outbox.EnqueueAsync(notification, SupportTarget.Webhook, "{}", Now, CancellationToken.None))).ToList();
        var duplicate = Task.Run(() => _handoffs.AddAsync(NewTicket(active.ConversationKey), CancellationToken.None));
        release.SetResult();
        await holding;

        await Assert.ThrowsAsync<InvalidOperationException>(() => duplicate);
        Assert.All(await Task.WhenAll(added), ticket => Assert.Equal(1, ticket.Version));
        Assert.All(await Task.WhenAll(enqueued), Assert.True);
        using var reopened = database.CreateDatabase();
        var handoffs = new SqlHandoffStore(new AgentsDatabase(reopened));
        var outbox = new SqlSupportOutbox(new AgentsDatabase(reopened));
        foreach (var ticket in tickets)
        {
            Assert.Equal(ticket.ConversationKey, (await handoffs.FindAsync(ticket.Id, CancellationToken.None))?.ConversationKey);
        }

        foreach (var notification in notifications)
        {
            Assert.Equal(SupportDeliveryStatus.Pending, await outbox.FindStatusAsync(notification.Id, SupportTarget.Webhook, CancellationToken.None));
        }

        Assert.Equal(active.Id, (await handoffs.FindActiveAsync(active.ConversationKey, CancellationToken.None))?.Id);
    }
}
