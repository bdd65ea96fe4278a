using ComplaintBot.DirectLine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.DirectLine;

public sealed class StorageDirectLineStoreTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly MemoryStorage _storage = new();

    [Fact]
    public async Task Append_GivesSequentialIdsAndTimestamps_AndReadAfterReturnsThemInOrder()
    {
        var store = new StorageDirectLineStore(_storage, _time);
        await store.TryStartAsync(Conversation("c1"), CancellationToken.None);

        var first = await store.AppendAsync("c1", Message("one"), CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var second = await store.AppendAsync("c1", Message("two"), CancellationToken.None);
        var set = await store.ReadAfterAsync("c1", 0, 10, CancellationToken.None);

        Assert.Equal("c1|0000001", first!.Id);
        Assert.Equal("c1|0000002", second!.Id);
        Assert.Equal(_time.GetUtcNow(), second.Timestamp);
        Assert.Equal(["one", "two"], set!.Activities.Select(a => a.Text));
        Assert.Equal("2", set.Watermark);
    }

    [Fact]
    public async Task ReadAfter_PastTheNewestActivity_ReturnsNothingWithTheNewestWatermark()
    {
        var store = new StorageDirectLineStore(_storage, _time);
        await store.TryStartAsync(Conversation("c1"), CancellationToken.None);
        await store.AppendAsync("c1", Message("one"), CancellationToken.None);

        var set = await store.ReadAfterAsync("c1", 99, 10, CancellationToken.None);

        Assert.Empty(set!.Activities);
        Assert.Equal("1", set.Watermark);
    }

    [Fact]
    public async Task ReadAfter_ALongBacklog_ComesInPagesOfTheLimit()
    {
        var store = new StorageDirectLineStore(_storage, _time);
        await store.TryStartAsync(Conversation("c1"), CancellationToken.None);
        for (var i = 0; i < 5; i++)
        {
            await store.AppendAsync("c1", Message($"m{i}"), CancellationToken.None);
        }

        var page = await store.ReadAfterAsync("c1", 1, 3, CancellationToken.None);

        Assert.Equal(["m1", "m2", "m3"], page!.Activities.Select(a => a.Text));
        Assert.Equal("4", page.Watermark);
    }

    [Fact]
    public async Task TryStart_ASecondTime_ReturnsFalseAndKeepsTheStream()
    {
        var store = new StorageDirectLineStore(_storage, _time);
        await store.TryStartAsync(Conversation("c1"), CancellationToken.None);
        await store.AppendAsync("c1", Message("one"), CancellationToken.None);

        var again = await store.TryStartAsync(Conversation("c1"), CancellationToken.None);

        Assert.False(again);
        Assert.Equal(1, (await store.FindAsync("c1", CancellationToken.None))!.LastSequence);
    }

    [Fact]
    public async Task Append_ToAConversationThatDoesNotExist_ReturnsNullAndStoresNothing()
    {
        var store = new StorageDirectLineStore(_storage, _time);

        Assert.Null(await store.AppendAsync("missing", Message("one"), CancellationToken.None));
        Assert.Null(await store.ReadAfterAsync("missing", 0, 10, CancellationToken.None));
    }

    [Fact]
    public async Task Append_RacingAnotherProcess_RetriesWithTheNextIdAndLosesNothing()
    {
        var otherProcess = new StorageDirectLineStore(_storage, _time);
        var racing = new RacingStorage(_storage, () => otherProcess.AppendAsync("c1", Message("theirs"), CancellationToken.None));
        var store = new StorageDirectLineStore(racing, _time);
        await otherProcess.TryStartAsync(Conversation("c1"), CancellationToken.None);

        var mine = await store.AppendAsync("c1", Message("mine"), CancellationToken.None);
        var set = await store.ReadAfterAsync("c1", 0, 10, CancellationToken.None);

        Assert.Equal("c1|0000002", mine!.Id);
        Assert.Equal(["theirs", "mine"], set!.Activities.Select(a => a.Text));
    }

    private static DirectLineConversation Conversation(string id) => new(id, "dl_user", "en-US", DateTimeOffset.UnixEpoch, 0);

    private static Activity Message(string text) => ActivityExtensions.CreateMessage(text);

    /// <summary>Storage where another process writes just before this one's first write.</summary>
    private sealed class RacingStorage(IStorage inner, Func<Task> competingWrite) : IStorage
    {
        private bool _raced;

        public Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.ReadAsync(keys, cancellationToken);

        public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> changes, CancellationToken cancellationToken = default)
        {
            if (!_raced)
            {
                _raced = true;
                await competingWrite();
            }

            return await inner.WriteAsync(changes, cancellationToken);
        }

        public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken = default) =>
            inner.DeleteAsync(keys, cancellationToken);
    }
}
