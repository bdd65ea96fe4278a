using ComplaintBot.Agents.Storage;
using ComplaintBot.CheckIns;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.CheckIns;

/// <summary>What the check-in schedule must do in every database; run once per provider.</summary>
public abstract class CheckInStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    protected abstract StorageDatabase Database { get; }

    private SqlCheckInStore? _store;

    /// <summary>One store for the whole test, as the bot has one: what it remembers between calls is part of the contract.</summary>
    private SqlCheckInStore Store => _store ??= new(new AgentsDatabase(Database));

    /// <summary>Schedules a check-in due at <paramref name="dueAt"/> in a far-future slot of its own, so tests sharing a database do not meet.</summary>
    private async Task<(string Id, string Conversation)> ScheduleAsync(DateTimeOffset dueAt, TimeSpan? window = null, string? agent = "Mina")
    {
        var id = "CMP-" + Guid.NewGuid().ToString("N")[..8];
        var conversation = "webchat/" + Guid.NewGuid().ToString("N");
        Assert.True(await Store.ScheduleAsync(Schedule(id, conversation, dueAt, window, agent), Start, CancellationToken.None));
        return (id, conversation);
    }

    private static CheckInSchedule Schedule(string id, string conversation, DateTimeOffset dueAt, TimeSpan? window = null, string? agent = "Mina") =>
        new(id, id, conversation, "Delivery", "ko", agent, dueAt.AddHours(-24), dueAt, dueAt + (window ?? TimeSpan.FromHours(48)));

    private static DateTimeOffset Slot() => Start.AddYears(Random.Shared.Next(1, 5000)).AddMinutes(Random.Shared.Next(0, 500_000));

    [StorageFact]
    public async Task Schedule_SameIdTwice_KeepsOne()
    {
        var due = Slot();
        var (id, conversation) = await ScheduleAsync(due);

        Assert.False(await Store.ScheduleAsync(Schedule(id, conversation, due), Start, CancellationToken.None));
        Assert.Equal(CheckInStatus.Scheduled, await Store.FindStatusAsync(id, CancellationToken.None));
    }

    [StorageFact]
    public async Task Claim_ManyOwnersAtOnce_EachDueCheckInGoesToExactlyOne()
    {
        var due = Slot();
        var ids = new HashSet<string>();
        for (var i = 0; i < 20; i++)
        {
            ids.Add((await ScheduleAsync(due)).Id);
        }

        var claims = await Task.WhenAll(Enumerable.Range(0, 4).Select(owner => Task.Run(() =>
            Store.ClaimDueAsync("owner-" + owner, due, due.AddMinutes(2), 1000, CancellationToken.None))));

        var mine = claims.SelectMany(claim => claim).Where(claim => ids.Contains(claim.Id)).ToList();
        Assert.Equal(20, mine.Count);
        Assert.Equal(20, mine.Select(claim => claim.Id).Distinct().Count());
        Assert.All(mine, claim => Assert.Equal(1, claim.Attempts));
    }

    [StorageFact]
    public async Task Claim_NotYetDueOrLeased_IsNotTaken_UntilTheLeaseEnds()
    {
        var due = Slot();
        var (id, _) = await ScheduleAsync(due);

        Assert.DoesNotContain(await Store.ClaimDueAsync("a", due.AddTicks(-10), due.AddMinutes(2), 1000, CancellationToken.None), c => c.Id == id);
        Assert.Contains(await Store.ClaimDueAsync("a", due, due.AddMinutes(2), 1000, CancellationToken.None), c => c.Id == id);
        Assert.DoesNotContain(await Store.ClaimDueAsync("b", due.AddMinutes(1), due.AddMinutes(3), 1000, CancellationToken.None), c => c.Id == id);
        var takenOver = await Store.ClaimDueAsync("b", due.AddMinutes(2), due.AddMinutes(4), 1000, CancellationToken.None);

        Assert.Equal(2, takenOver.Single(c => c.Id == id).Attempts);
        var sent = new SentCheckIn(id, due.AddMinutes(2), due.AddHours(24), due.AddHours(48));
        Assert.Equal(0, await Store.MarkSentAsync("a", [sent], CancellationToken.None));
        Assert.Equal(1, await Store.MarkSentAsync("b", [sent], CancellationToken.None));
        Assert.Equal(CheckInStatus.Sent, await Store.FindStatusAsync(id, CancellationToken.None));
        Assert.DoesNotContain(await Store.ClaimDueAsync("c", due.AddHours(1), due.AddHours(2), 1000, CancellationToken.None), c => c.Id == id);
    }

    [StorageFact]
    public async Task RetryLater_IsClaimableAgainOnlyFromTheRetryTime()
    {
        var due = Slot();
        var (id, _) = await ScheduleAsync(due);
        await Store.ClaimDueAsync("a", due, due.AddMinutes(2), 1000, CancellationToken.None);

        Assert.True(await Store.RetryLaterAsync(id, "a", due.AddMinutes(10), "Unavailable (503)", CancellationToken.None));

        Assert.DoesNotContain(await Store.ClaimDueAsync("a", due.AddMinutes(9), due.AddMinutes(11), 1000, CancellationToken.None), c => c.Id == id);
        Assert.Contains(await Store.ClaimDueAsync("a", due.AddMinutes(10), due.AddMinutes(12), 1000, CancellationToken.None), c => c.Id == id);
    }

    [StorageFact]
    public async Task MarkMissed_AfterTheWindow_AndNeverClaimedThen()
    {
        var due = Slot();
        var (id, _) = await ScheduleAsync(due, TimeSpan.FromHours(1));

        Assert.DoesNotContain(await Store.ClaimDueAsync("a", due.AddHours(1), due.AddHours(2), 1000, CancellationToken.None), c => c.Id == id);
        Assert.True(await Store.MarkMissedAsync(due.AddHours(1), CancellationToken.None) >= 1);

        Assert.Equal(CheckInStatus.Missed, await Store.FindStatusAsync(id, CancellationToken.None));
    }

    [StorageFact]
    public async Task Answer_OnlyForASentCheckIn_EachPartOnce_AnsweredWhenBothAreIn()
    {
        var due = Slot();
        var (id, conversation) = await ScheduleAsync(due);
        Assert.Null(await Store.FindAwaitingAnswerAsync(conversation, due, CancellationToken.None));
        Assert.Null(await Store.RecordAnswerAsync(id, solved: true, rating: null, due, CancellationToken.None));

        await SendAsync(due, id);
        Assert.Equal(new AwaitedCheckIn(id, id, CheckInStatus.Sent, null, null, false), await Store.FindAwaitingAnswerAsync(conversation, due, CancellationToken.None));

        var solved = await Store.RecordAnswerAsync(id, solved: false, rating: null, due.AddHours(1), CancellationToken.None);
        Assert.Equal((false, (int?)null, CheckInStatus.Sent, due.AddHours(1)), (solved!.Solved, solved.Rating, solved.Status, solved.AnsweredAt));
        Assert.Null(await Store.RecordAnswerAsync(id, solved: true, rating: null, due.AddHours(2), CancellationToken.None));
        var rated = await Store.RecordAnswerAsync(id, solved: true, rating: 2, due.AddHours(3), CancellationToken.None);
        Assert.Equal((false, (int?)2, CheckInStatus.Answered), (rated!.Solved, rated.Rating, rated.Status));
        Assert.True(rated.IsNegative);
        Assert.Null(await Store.FindAwaitingAnswerAsync(conversation, due.AddHours(3), CancellationToken.None));

        Assert.True(await Store.AskCommentAsync(id, due.AddHours(3), CancellationToken.None));
        Assert.False(await Store.AskCommentAsync(id, due.AddHours(3), CancellationToken.None));
        Assert.Equal(new AwaitedCheckIn(id, id, CheckInStatus.Answered, false, 2, true), await Store.FindAwaitingAnswerByIdAsync(id, due.AddHours(4), CancellationToken.None));
        Assert.Equal("Too slow.", (await Store.RecordCommentAsync(id, "Too slow.", due.AddHours(4), CancellationToken.None))!.Comment);
        Assert.Null(await Store.RecordCommentAsync(id, "Again", due.AddHours(5), CancellationToken.None));
        Assert.Null(await Store.FindAwaitingAnswerByIdAsync(id, due.AddHours(5), CancellationToken.None));
    }

    [StorageFact]
    public async Task Reminder_ClaimedOnceAcrossOwners_OnlyWhenNothingWasAnswered_ThenExpiry()
    {
        var due = Slot();
        var (silent, _) = await ScheduleAsync(due);
        var (partial, _) = await ScheduleAsync(due);
        await SendAsync(due, silent, partial);
        await Store.RecordAnswerAsync(partial, solved: null, rating: 4, due.AddHours(1), CancellationToken.None);

        Assert.DoesNotContain(await Store.ClaimRemindersAsync("a", due.AddHours(24).AddTicks(-1), due.AddHours(25), 1000, CancellationToken.None), c => c.Id == silent);
        var claims = await Task.WhenAll(Enumerable.Range(0, 3).Select(owner => Task.Run(() =>
            Store.ClaimRemindersAsync("owner-" + owner, due.AddHours(24), due.AddHours(24).AddMinutes(2), 1000, CancellationToken.None))));
        var mine = claims.SelectMany(claim => claim).Where(claim => claim.Id == silent || claim.Id == partial).ToList();
        Assert.Equal(silent, Assert.Single(mine).Id);
        var owner = claims.Select((claim, index) => (claim, index)).Single(c => c.claim.Any(x => x.Id == silent)).index;
        Assert.True(await Store.CompleteReminderAsync(silent, "owner-" + owner, due.AddHours(24), null, CancellationToken.None));
        Assert.DoesNotContain(await Store.ClaimRemindersAsync("a", due.AddHours(30), due.AddHours(31), 1000, CancellationToken.None), c => c.Id == silent);

        var expired = await Store.ExpireAsync(due.AddHours(48), CancellationToken.None);

        Assert.Equal(CheckInStatus.Unanswered, expired.Single(result => result.CheckInId == silent).Status);
        Assert.Equal(CheckInStatus.Answered, expired.Single(result => result.CheckInId == partial).Status);
        Assert.DoesNotContain(await Store.ExpireAsync(due.AddHours(49), CancellationToken.None), result => result.CheckInId == silent);
        Assert.Null(await Store.RecordAnswerAsync(silent, solved: true, rating: null, due.AddHours(49), CancellationToken.None));
    }

    /// <summary>Claims and sends check-ins due at <paramref name="at"/>: reminder 24 h later, answers taken for 48 h.</summary>
    private async Task SendAsync(DateTimeOffset at, params string[] ids)
    {
        var owner = "sender-" + Guid.NewGuid().ToString("N");
        var claimed = await Store.ClaimDueAsync(owner, at, at.AddMinutes(2), 1000, CancellationToken.None);
        Assert.All(ids, id => Assert.Contains(claimed, c => c.Id == id));
        Assert.Equal(ids.Length, await Store.MarkSentAsync(owner, [.. ids.Select(id => new SentCheckIn(id, at, at.AddHours(24), at.AddHours(48)))], CancellationToken.None));
    }

    [StorageFact]
    public async Task ListResults_TheResolutionsInTheRange_InOrder_WithWhatIsKnownSoFar()
    {
        var due = Slot();
        var (later, _) = await ScheduleAsync(due.AddMinutes(5), agent: null);
        var (first, _) = await ScheduleAsync(due);
        var (outside, _) = await ScheduleAsync(due.AddHours(1));
        await Store.ClaimDueAsync("a", due, due.AddMinutes(2), 1000, CancellationToken.None);
        Assert.Equal(1, await Store.MarkSentAsync("a", [new SentCheckIn(first, due.AddMinutes(1), due.AddHours(24), due.AddHours(48))], CancellationToken.None));

        var results = await Store.ListResultsAsync(due.AddHours(-24), due.AddHours(-23), CancellationToken.None);

        Assert.Equal([first, later], results.Select(result => result.CheckInId));
        Assert.DoesNotContain(results, result => result.CheckInId == outside);
        Assert.Equal(
            new CheckInResult(first, first, "Delivery", "ko", "Mina", CheckInStatus.Sent, null, null, null, due.AddHours(-24), due.AddMinutes(1), null),
            results[0]);
        Assert.Equal(
            new CheckInResult(later, later, "Delivery", "ko", null, CheckInStatus.Scheduled, null, null, null, due.AddHours(-24).AddMinutes(5), null, null),
            results[1]);
    }
}

public sealed class SqliteCheckInStoreTests(SqliteTestDatabase database) : CheckInStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}

/// <summary>On a data folder this process owns, where the store answers a lookup it found empty from memory until it writes.</summary>
public sealed class OwnedSqliteCheckInStoreTests(SqliteTestDatabase database) : CheckInStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database { get; } = database.Owned();
}

[RequiresPostgres]
public sealed class PostgresCheckInStoreTests(PostgresTestDatabase database) : CheckInStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}
