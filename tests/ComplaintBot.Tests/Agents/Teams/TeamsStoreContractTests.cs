using ComplaintBot.Agents.Storage;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.Agents.Teams;

/// <summary>What the Teams links and handoff cards tables must do in every database; run once per provider.</summary>
public abstract class TeamsStoreContractTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly TimeSpan Retry = TimeSpan.FromMinutes(2);

    protected abstract StorageDatabase Database { get; }

    private SqlTeamsCardStore Cards => new(new AgentsDatabase(Database));

    private SqlTeamsAgentLinks Links => new(new AgentsDatabase(Database));

    [StorageFact]
    public async Task Card_IsClaimedOnce_AgainOnlyWhenTheClaimIsStale_AndNeverOncePosted()
    {
        var handoff = Guid.NewGuid().ToString("N");

        Assert.True(await Cards.TryClaimAsync(handoff, Start, Start - Retry, CancellationToken.None));
        Assert.False(await Cards.TryClaimAsync(handoff, Start.AddMinutes(1), Start.AddMinutes(1) - Retry, CancellationToken.None));
        Assert.Null(await Cards.FindAsync(handoff, CancellationToken.None));
        var later = Start.AddMinutes(3);
        Assert.True(await Cards.TryClaimAsync(handoff, later, later - Retry, CancellationToken.None));

        var posted = new TeamsCardAddress(handoff, "19:agents@thread.tacv2;messageid=1700000000000", "1700000000000");
        await Cards.SavePostedAsync(posted, CancellationToken.None);

        Assert.Equal(posted, await Cards.FindAsync(handoff, CancellationToken.None));
        var muchLater = Start.AddDays(1);
        Assert.False(await Cards.TryClaimAsync(handoff, muchLater, muchLater - Retry, CancellationToken.None));
    }

    [StorageFact]
    public async Task Card_ConcurrentClaims_OnlyOneWins()
    {
        var handoff = Guid.NewGuid().ToString("N");

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Cards.TryClaimAsync(handoff, Start, Start - Retry, CancellationToken.None))));

        Assert.Single(claims, claimed => claimed);
    }

    [StorageFact]
    public async Task Link_IsFoundByObjectIdInAnyCase_KeepsWhatWasLearnt_AndRelinkingForgetsTheChat()
    {
        var agent = Guid.NewGuid().ToString("N");
        var objectId = Guid.NewGuid();
        await Links.LinkAsync(agent, objectId.ToString("D").ToUpperInvariant(), Start, CancellationToken.None);

        var found = await Links.FindByAadObjectIdAsync(objectId.ToString("B"), CancellationToken.None);
        Assert.Equal(new TeamsAgentLink(agent, objectId.ToString("D")), found);
        var learnt = found! with { TeamsUserId = "29:1abc", ChatConversationId = "a:1chat", FocusHandoffId = "h1" };
        await Links.UpdateAsync(learnt, CancellationToken.None);
        Assert.Equal(learnt, await Links.FindByAgentIdAsync(agent, CancellationToken.None));

        var other = Guid.NewGuid().ToString("D");
        await Links.LinkAsync(agent, other, Start, CancellationToken.None);
        Assert.Equal(new TeamsAgentLink(agent, other), await Links.FindByAgentIdAsync(agent, CancellationToken.None));
        Assert.Null(await Links.FindByAadObjectIdAsync(objectId.ToString(), CancellationToken.None));
    }

    [StorageFact]
    public async Task Any_IsTrueOnceAnAgentIsLinked()
    {
        await Links.LinkAsync(Guid.NewGuid().ToString("N"), Guid.NewGuid().ToString(), Start, CancellationToken.None);

        Assert.True(await Links.AnyAsync(CancellationToken.None));
    }

    [StorageFact]
    public async Task Link_ATeamsUserOfAnotherAgent_IsRefused_AndUnlinkRemovesIt()
    {
        var objectId = Guid.NewGuid().ToString();
        var first = Guid.NewGuid().ToString("N");
        await Links.LinkAsync(first, objectId, Start, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => Links.LinkAsync(Guid.NewGuid().ToString("N"), objectId, Start, CancellationToken.None));

        Assert.True(await Links.UnlinkAsync(first, CancellationToken.None));
        Assert.False(await Links.UnlinkAsync(first, CancellationToken.None));
        Assert.Null(await Links.FindByAadObjectIdAsync(objectId, CancellationToken.None));
    }
}

public sealed class SqliteTeamsStoreTests(SqliteTestDatabase database) : TeamsStoreContractTests, IClassFixture<SqliteTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}

[RequiresPostgres]
public sealed class PostgresTeamsStoreTests(PostgresTestDatabase database) : TeamsStoreContractTests, IClassFixture<PostgresTestDatabase>
{
    protected override StorageDatabase Database => database.Database;
}
