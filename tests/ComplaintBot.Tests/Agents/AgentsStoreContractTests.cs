using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Storage;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.Agents;

/// <summary>What the handoff queue and the agent accounts must do in every database; run once per provider.</summary>
public abstract class AgentsStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(9));

    protected abstract StorageDatabase Database { get; }

    private SqlHandoffStore? _handoffs;

    /// <summary>One queue for the whole test, as the bot has one: what it remembers between calls is part of the contract.</summary>
    private SqlHandoffStore Handoffs => _handoffs ??= new SqlHandoffStore(new AgentsDatabase(Database));

    private SqlAgentAccountStore Accounts => new SqlAgentAccountStore(new AgentsDatabase(Database));

    internal static HandoffTicket NewTicket(string? conversationKey = null, int priority = HandoffPriority.Normal, DateTimeOffset? requestedAt = null) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        ComplaintReference = "CMP-" + Guid.NewGuid().ToString("N")[..8],
        ConversationKey = conversationKey ?? "webchat/" + Guid.NewGuid().ToString("N"),
        Status = HandoffStatus.Waiting,
        Priority = priority,
        Language = "zh-Hans",
        Reason = EscalationReason.Threat,
        Mood = SentimentLabel.Negative,
        Signals = [new UpsetSignal(UpsetSignalKind.Threat, "我要投诉到消费者协会")],
        IsVip = true,
        RequestedAt = requestedAt ?? Start,
    };

    [StorageFact]
    public async Task Handoff_AddThenFind_RoundTripsAtVersionOne()
    {
        var ticket = NewTicket();

        var added = await Handoffs.AddAsync(ticket, CancellationToken.None);

        Assert.Equal(ticket with { Version = 1 }, added with { Signals = ticket.Signals });
        var found = await Handoffs.FindAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(ticket.Signals, found!.Signals);
        Assert.Equal(added with { Signals = [] }, found with { Signals = [] });
        Assert.Equal(found with { Signals = [] }, (await Handoffs.FindActiveAsync(ticket.ConversationKey, CancellationToken.None))! with { Signals = [] });
    }

    [StorageFact]
    public async Task Handoff_SecondActiveForTheSameConversation_IsRefused_ButAfterItEndsANewOneIsTaken()
    {
        var first = await Handoffs.AddAsync(NewTicket(), CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Handoffs.AddAsync(NewTicket(first.ConversationKey), CancellationToken.None));
        await Handoffs.UpdateAsync(first with { Status = HandoffStatus.Returned }, CancellationToken.None);
        var second = await Handoffs.AddAsync(NewTicket(first.ConversationKey), CancellationToken.None);

        Assert.Equal(second.Id, (await Handoffs.FindActiveAsync(first.ConversationKey, CancellationToken.None))!.Id);
    }

    [StorageFact]
    public async Task Handoff_UpdateWithAStaleVersion_IsRefusedAndKeepsTheWinner()
    {
        var ticket = await Handoffs.AddAsync(NewTicket(), CancellationToken.None);
        await Handoffs.UpdateAsync(ticket with { Status = HandoffStatus.Accepted, AgentId = "a", AgentName = "Mina", AcceptedAt = Start.AddMinutes(1) }, CancellationToken.None);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Handoffs.UpdateAsync(ticket with { Status = HandoffStatus.Accepted, AgentId = "b" }, CancellationToken.None));

        var stored = (await Handoffs.FindAsync(ticket.Id, CancellationToken.None))!;
        Assert.Equal(("a", 2, Start.AddMinutes(1)), (stored.AgentId, stored.Version, stored.AcceptedAt!.Value));
    }

    [StorageFact]
    public async Task Handoff_ListActive_HighestPriorityThenLongestWaiting_WithoutEndedOnes()
    {
        var late = await Handoffs.AddAsync(NewTicket(requestedAt: Start.AddMinutes(9)), CancellationToken.None);
        var early = await Handoffs.AddAsync(NewTicket(requestedAt: Start.AddMinutes(1)), CancellationToken.None);
        var urgent = await Handoffs.AddAsync(NewTicket(priority: HandoffPriority.Urgent, requestedAt: Start.AddMinutes(10)), CancellationToken.None);
        var ended = await Handoffs.AddAsync(NewTicket(requestedAt: Start), CancellationToken.None);
        await Handoffs.UpdateAsync(ended with { Status = HandoffStatus.Resolved }, CancellationToken.None);

        var active = (await Handoffs.ListActiveAsync(CancellationToken.None)).Select(t => t.Id).ToList();

        string[] mine = [urgent.Id, early.Id, late.Id];
        Assert.Equal(mine, active.Where(mine.Contains));
        Assert.DoesNotContain(ended.Id, active);
    }

    [StorageFact]
    public async Task Agent_AddThenFindByNameInAnyCase_AndNamesAreUnique()
    {
        var name = "Ana Novak " + Guid.NewGuid().ToString("N")[..6];
        var account = new AgentAccount
        {
            Id = Guid.NewGuid().ToString("N"),
            Name = name,
            Languages = ["sl", "en"],
            Skills = ["billing"],
            PasswordHash = "AQAAAAIAAYagAAAAE-hash",
            CreatedAt = Start,
        };

        await Accounts.AddAsync(account, CancellationToken.None);
        var found = await Accounts.FindByNameAsync(name.ToUpperInvariant(), CancellationToken.None);

        Assert.Equal(account.Id, found!.Id);
        Assert.Equal(["sl", "en"], found.Languages);
        Assert.Equal(["billing"], found.Skills);
        Assert.Equal(Start, found.CreatedAt);
        Assert.Contains(await Accounts.ListAsync(CancellationToken.None), a => a.Id == account.Id);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Accounts.AddAsync(account with { Id = "other", Name = name.ToLowerInvariant() }, CancellationToken.None));
    }
}

public sealed class SqliteAgentsStoreTests(SqliteTestDatabase database) : AgentsStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}

/// <summary>On a data folder this process owns, where the queue answers a lookup it found empty from memory until it writes.</summary>
public sealed class OwnedSqliteAgentsStoreTests(SqliteTestDatabase database) : AgentsStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database { get; } = database.Owned();
}

[RequiresPostgres]
public sealed class PostgresAgentsStoreTests(PostgresTestDatabase database) : AgentsStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}
