using ComplaintBot.Agents.Storage;
using ComplaintBot.Storage;
using ComplaintBot.SupportTeams;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.SupportTeams;

/// <summary>What the support teams' outbox must do in every database; run once per provider.</summary>
public abstract class SupportOutboxContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected abstract StorageDatabase Database { get; }

    private SqlSupportOutbox Outbox => new(new AgentsDatabase(Database));

    /// <summary>A notification of its own, queued in a far-future slot so that tests sharing a database do not meet.</summary>
    private async Task<(SupportNotification Notification, DateTimeOffset Now)> EnqueueAsync(SupportTarget target = SupportTarget.Webhook)
    {
        var now = Start.AddYears(Random.Shared.Next(1, 5000)).AddMinutes(Random.Shared.Next(0, 500_000));
        var notification = new SupportNotification("test:" + Guid.NewGuid().ToString("N"), SupportNotificationKind.NegativeResult, now, Result: null, Digest: null);
        Assert.True(await Outbox.EnqueueAsync(notification, target, """{"id":"x"}""", now, CancellationToken.None));
        return (notification, now);
    }

    private async Task<OutboxDelivery> ClaimAsync(string owner, string id, DateTimeOffset now) =>
        Assert.Single(await Outbox.ClaimDueAsync(owner, now, now.AddMinutes(2), 1000, CancellationToken.None), d => d.NotificationId == id);

    [StorageFact]
    public async Task Enqueue_TheSameNotificationAndTargetTwice_KeepsOneEntry_ButAnotherTargetGetsItsOwn()
    {
        var (notification, now) = await EnqueueAsync();

        Assert.False(await Outbox.EnqueueAsync(notification, SupportTarget.Webhook, "{}", now, CancellationToken.None));
        Assert.True(await Outbox.EnqueueAsync(notification, SupportTarget.TeamsChannel, "{}", now, CancellationToken.None));
        Assert.True(await Outbox.ContainsAsync(notification.Id, CancellationToken.None));
        Assert.False(await Outbox.ContainsAsync(notification.Id + "-other", CancellationToken.None));
        Assert.Equal(SupportDeliveryStatus.Pending, await Outbox.FindStatusAsync(notification.Id, SupportTarget.Webhook, CancellationToken.None));
    }

    [StorageFact]
    public async Task Claim_HeldByOneOwner_IsNotClaimedByAnother_UntilTheLeaseEnds_AndThenTheFirstCannotComplete()
    {
        var (notification, now) = await EnqueueAsync();
        var first = await ClaimAsync("a", notification.Id, now);

        Assert.Equal((SupportTarget.Webhook, """{"id":"x"}""", 1), (first.Target, first.Payload, first.Attempts));
        Assert.DoesNotContain(await Outbox.ClaimDueAsync("b", now.AddMinutes(1), now.AddMinutes(3), 1000, CancellationToken.None), d => d.NotificationId == notification.Id);
        var second = await ClaimAsync("b", notification.Id, now.AddMinutes(2));
        Assert.Equal(2, second.Attempts);
        Assert.False(await Outbox.CompleteAsync(first, "a", SupportDeliveryStatus.Delivered, now.AddMinutes(2), null, CancellationToken.None));
        Assert.True(await Outbox.CompleteAsync(second, "b", SupportDeliveryStatus.Delivered, now.AddMinutes(2), null, CancellationToken.None));

        Assert.DoesNotContain(await Outbox.ClaimDueAsync("c", now.AddDays(1), now.AddDays(1).AddMinutes(2), 1000, CancellationToken.None), d => d.NotificationId == notification.Id);
        Assert.Equal(SupportDeliveryStatus.Delivered, await Outbox.FindStatusAsync(notification.Id, SupportTarget.Webhook, CancellationToken.None));
    }

    [StorageFact]
    public async Task RetryLater_IsClaimableAgainOnlyFromItsTime_AndFailedIsNeverClaimedAgain()
    {
        var (notification, now) = await EnqueueAsync();
        var first = await ClaimAsync("a", notification.Id, now);

        Assert.True(await Outbox.RetryLaterAsync(first, "a", now.AddMinutes(10), "The webhook answered 503.", CancellationToken.None));
        Assert.DoesNotContain(await Outbox.ClaimDueAsync("a", now.AddMinutes(9), now.AddMinutes(11), 1000, CancellationToken.None), d => d.NotificationId == notification.Id);
        var again = await ClaimAsync("a", notification.Id, now.AddMinutes(10));
        Assert.True(await Outbox.CompleteAsync(again, "a", SupportDeliveryStatus.Failed, now.AddMinutes(10), "The webhook answered 400.", CancellationToken.None));

        Assert.DoesNotContain(await Outbox.ClaimDueAsync("a", now.AddDays(1), now.AddDays(1).AddMinutes(2), 1000, CancellationToken.None), d => d.NotificationId == notification.Id);
        Assert.Equal(SupportDeliveryStatus.Failed, await Outbox.FindStatusAsync(notification.Id, SupportTarget.Webhook, CancellationToken.None));
    }
}

public sealed class SqliteSupportOutboxTests(SqliteTestDatabase database) : SupportOutboxContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}

[RequiresPostgres]
public sealed class PostgresSupportOutboxTests(PostgresTestDatabase database) : SupportOutboxContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}
