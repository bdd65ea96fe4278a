using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Storage;
using ComplaintBot.Tests.Storage;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// The handoff lookup every customer turn makes, on a real SQLite file whose turn state this process owns: a
/// conversation found without a handoff is not read again until a handoff is written, and no write is ever missed.
/// </summary>
public sealed class SqlHandoffStoreSoleWriterTests : IDisposable
{
    private readonly SqliteTestDatabase _files = new();

    private readonly SqlHandoffStore _handoffs;

    public SqlHandoffStoreSoleWriterTests()
    {
        _handoffs = new SqlHandoffStore(new AgentsDatabase(_files.Owned()));
    }

    public void Dispose() => _files.Dispose();

    [Fact]
    public async Task FindActive_DataFolderOwned_SeesEveryHandoffThisProcessAddsOrEnds()
    {
        var conversation = "webchat/" + Guid.NewGuid().ToString("N");
        Assert.Null(await _handoffs.FindActiveAsync(conversation, CancellationToken.None));

        var first = await _handoffs.AddAsync(AgentsStoreContractTests.NewTicket(conversation), CancellationToken.None);
        Assert.Equal(first.Id, (await _handoffs.FindActiveAsync(conversation, CancellationToken.None))?.Id);

        await _handoffs.UpdateAsync(first with { Status = HandoffStatus.Returned }, CancellationToken.None);
        Assert.Null(await _handoffs.FindActiveAsync(conversation, CancellationToken.None));
        Assert.Null(await _handoffs.FindActiveAsync(conversation, CancellationToken.None));

        var second = await _handoffs.AddAsync(AgentsStoreContractTests.NewTicket(conversation), CancellationToken.None);
        Assert.Equal(second.Id, (await _handoffs.FindActiveAsync(conversation, CancellationToken.None))?.Id);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task FindActive_AHandoffAnotherProcessAdded_IsSeenOnlyWhenTheDataFolderIsNotOwned(bool owned)
    {
        using var notOwned = _files.CreateDatabase();
        var handoffs = owned ? _handoffs : new SqlHandoffStore(new AgentsDatabase(notOwned));
        var conversation = "webchat/" + Guid.NewGuid().ToString("N");
        Assert.Null(await handoffs.FindActiveAsync(conversation, CancellationToken.None));

        using (var elsewhere = _files.CreateDatabase())
        {
            await new SqlHandoffStore(new AgentsDatabase(elsewhere)).AddAsync(AgentsStoreContractTests.NewTicket(conversation), CancellationToken.None);
        }

        Assert.Equal(!owned, await handoffs.FindActiveAsync(conversation, CancellationToken.None) is not null);
    }

    [Fact]
    public async Task FindActive_ReadersRacingTheWriter_NeverMissAHandoffOnceItsWriteHasReturned()
    {
        var conversation = "webchat/" + Guid.NewGuid().ToString("N");
        using var stop = new CancellationTokenSource();
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                await _handoffs.FindActiveAsync(conversation, CancellationToken.None);
            }
        })).ToList();

        for (var round = 0; round < 50; round++)
        {
            var added = await _handoffs.AddAsync(AgentsStoreContractTests.NewTicket(conversation), CancellationToken.None);
            Assert.Equal(added.Id, (await _handoffs.FindActiveAsync(conversation, CancellationToken.None))?.Id);
            await _handoffs.UpdateAsync(added with { Status = HandoffStatus.Returned }, CancellationToken.None);
            Assert.Null(await _handoffs.FindActiveAsync(conversation, CancellationToken.None));
        }

        await stop.CancelAsync();
        await Task.WhenAll(readers);
    }
}
