using System.Globalization;
using ComplaintBot.Protocol.State;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.Storage;

/// <summary>What every <see cref="IStorage"/> must do; run once per provider by the subclasses.</summary>
public abstract class StorageContractTests
{
    /// <summary>Emoji (with a skin tone and a family joiner), Arabic and Hebrew (right to left), combining marks, CJK.</summary>
    public const string OddUnicode = "👍🏽 👨‍👩‍👧 مرحبا بالعالم שלום e\u0301 n\u0303 Z\u0351\u0352 카메라 壊れた 退款 čšž \u200f";

    /// <param name="createStorage">The provider under test, stamping its changes with the clock it is given.</param>
    protected StorageContractTests(Func<TimeProvider, IStorage> createStorage)
    {
        ArgumentNullException.ThrowIfNull(createStorage);
        Storage = createStorage(Time);
    }

    /// <summary>The clock the storage stamps changes with; it starts at 10:20 UTC.</summary>
    protected FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 12, 7, 10, 20, 0, TimeSpan.Zero));

    protected IStorage Storage { get; }

    /// <summary>The document's <c>updated_at</c>, as the retention sweep reads it.</summary>
    protected abstract Task<DateTimeOffset> ReadUpdatedAtAsync(string key);

    private static string NewKey() => "test/conversations/" + Guid.NewGuid().ToString("N");

    private static DateTimeOffset Hour(int hour) => new(2026, 12, 7, hour, 0, 0, TimeSpan.Zero);

    [StorageFact]
    public async Task Read_MissingKeys_AreAbsent()
    {
        var items = await Storage.ReadAsync([NewKey(), NewKey()]);

        Assert.Empty(items);
    }

    [StorageFact]
    public async Task Write_ThenRead_ReturnsTheSameJsonAndETag()
    {
        var key = NewKey();
        const string json = """{"dialogState":{"stack":[{"id":"intake","step":2}]},"n":1.50}""";

        var etags = await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json) });
        var items = await Storage.ReadAsync([key]);

        Assert.Equal(json, items[key].Json);
        Assert.Equal(etags[key], items[key].ETag);
    }

    [StorageFact]
    public async Task ReadETag_OfAWrittenKey_IsItsCurrentETag_AndOfAMissingKeyNull()
    {
        var key = NewKey();
        var first = await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("{\"n\":1}") });
        Assert.Equal(first[key], await Storage.ReadETagAsync(key));

        var second = await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("{\"n\":2}", first[key]) });

        Assert.Equal(second[key], await Storage.ReadETagAsync(key));
        Assert.Null(await Storage.ReadETagAsync(NewKey()));
    }

    [StorageFact]
    public async Task Write_ASliceOfALargerBuffer_StoresOnlyTheSlice()
    {
        var key = NewKey();
        var buffer = "xx{\"n\":7}yy"u8.ToArray();

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(buffer.AsMemory(2, 7)) });
        var items = await Storage.ReadAsync([key]);

        Assert.Equal("{\"n\":7}", items[key].Json);
    }

    [StorageFact]
    public async Task Write_OddUnicode_RoundTrips()
    {
        var key = NewKey() + "/" + OddUnicode;
        var json = $$"""{"text":"{{OddUnicode}}"}""";

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json) });
        var items = await Storage.ReadAsync([key]);

        Assert.Equal(json, items[key].Json);
    }

    [StorageFact]
    public async Task Write_WithCurrentETag_ReplacesAndChangesETag()
    {
        var key = NewKey();
        var first = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":1}""") }))[key];

        var second = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":2}""", first) }))[key];

        Assert.NotEqual(first, second);
        Assert.Equal(new StoreItem("""{"v":2}""", second), (await Storage.ReadAsync([key]))[key]);
    }

    [StorageFact]
    public async Task Write_WithStaleETag_ThrowsAndKeepsTheStoredItem()
    {
        var key = NewKey();
        var stale = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":1}""") }))[key];
        var current = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":2}""", stale) }))[key];

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":3}""", stale) }));

        Assert.Equal(new StoreItem("""{"v":2}""", current), (await Storage.ReadAsync([key]))[key]);
    }

    [StorageFact]
    public async Task Write_WithinTheHour_KeepsTheHourOfTheLastChange_AndALaterHourStampsItsOwn()
    {
        var key = NewKey();
        var first = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":1}""") }))[key];
        Time.Advance(TimeSpan.FromMinutes(30));
        var second = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":2}""", first) }))[key];

        Assert.Equal(new StoreItem("""{"v":2}""", second), (await Storage.ReadAsync([key]))[key]);
        Assert.Equal(Hour(10), await ReadUpdatedAtAsync(key));

        Time.Advance(TimeSpan.FromMinutes(15));
        var third = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":3}""", second) }))[key];

        Assert.Equal(new StoreItem("""{"v":3}""", third), (await Storage.ReadAsync([key]))[key]);
        Assert.Equal(Hour(11), await ReadUpdatedAtAsync(key));
    }

    [StorageFact]
    public async Task Write_WithStaleETagInALaterHour_ThrowsAndKeepsTheStoredItemAndItsHour()
    {
        var key = NewKey();
        var stale = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":1}""") }))[key];
        var current = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":2}""", stale) }))[key];
        Time.Advance(TimeSpan.FromHours(1));

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":3}""", stale) }));

        Assert.Equal(new StoreItem("""{"v":2}""", current), (await Storage.ReadAsync([key]))[key]);
        Assert.Equal(Hour(10), await ReadUpdatedAtAsync(key));
    }

    [StorageFact]
    public async Task Write_WithETagForMissingItem_Throws()
    {
        var key = NewKey();

        await Assert.ThrowsAsync<StorageConcurrencyException>(
            () => Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("{}", "no-such-etag") }));

        Assert.Empty(await Storage.ReadAsync([key]));
    }

    [StorageFact]
    public async Task Write_WithStarOrNoETag_OverwritesWhateverIsStored()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":1}""") });

        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":2}""", "*") });
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":3}""") });

        Assert.Equal("""{"v":3}""", (await Storage.ReadAsync([key]))[key].Json);
    }

    [StorageFact]
    public async Task Write_SeveralKeysOneStale_WritesNone()
    {
        var (fresh, stale) = (NewKey(), NewKey());
        var old = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [stale] = new("""{"v":1}""") }))[stale];
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [stale] = new("""{"v":2}""", old) });

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [fresh] = new("""{"v":1}"""),
            [stale] = new("""{"v":3}""", old),
        }));

        var items = await Storage.ReadAsync([fresh, stale]);
        Assert.False(items.ContainsKey(fresh));
        Assert.Equal("""{"v":2}""", items[stale].Json);
    }

    [StorageFact]
    public async Task Write_ManyWritersAtOnceOneStale_OnlyTheStaleOneFails()
    {
        var stale = NewKey();
        var old = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [stale] = new("""{"v":1}""") }))[stale];
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [stale] = new("""{"v":2}""", old) });
        var keys = Enumerable.Range(0, 64).Select(_ => NewKey()).ToList();

        var writes = keys.Select(key => Task.Run(() => Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new($$"""{"key":"{{key}}"}""") }))).ToList();
        var staleWrite = Task.Run(() => Storage.WriteAsync(new Dictionary<string, StoreItem> { [stale] = new("""{"v":3}""", old) }));

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => staleWrite);
        var etags = await Task.WhenAll(writes);
        var items = await Storage.ReadAsync([.. keys, stale]);
        Assert.All(keys.Zip(etags), written => Assert.Equal(written.Second[written.First], items[written.First].ETag));
        Assert.Equal("""{"v":2}""", items[stale].Json);
    }

    [StorageFact]
    public async Task Write_TwoWritersWithTheSameETag_OneWinsTheOtherGetsConcurrencyException()
    {
        var key = NewKey();
        var read = (await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("""{"v":0}""") }))[key];

        var attempts = Enumerable.Range(1, 2).Select(async writer =>
        {
            try
            {
                await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new($$"""{"v":{{writer}}}""", read) });
                return true;
            }
            catch (StorageConcurrencyException)
            {
                return false;
            }
        }).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
        var winner = Array.IndexOf(outcomes, true) + 1;
        Assert.Equal($$"""{"v":{{winner}}}""", (await Storage.ReadAsync([key]))[key].Json);
    }

    [StorageFact]
    public async Task ReadModifyWrite_ManyConcurrentWritersRetryingOnConflict_LoseNoIncrement()
    {
        var key = NewKey();
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new("0") });

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            for (var increment = 0; increment < 10; increment++)
            {
                while (true)
                {
                    var item = (await Storage.ReadAsync([key]))[key];
                    try
                    {
                        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new((int.Parse(item.Json, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture), item.ETag) });
                        break;
                    }
                    catch (StorageConcurrencyException)
                    {
                        // Another writer won this round: read again and retry, as a turn would.
                    }
                }
            }
        })));

        Assert.Equal("80", (await Storage.ReadAsync([key]))[key].Json);
    }

    [StorageFact]
    public async Task Read_ManyKeysAtOnce_ReturnsEachStoredOne()
    {
        var keys = Enumerable.Range(0, 250).Select(_ => NewKey()).ToList();
        var changes = keys.Where((_, index) => index % 2 == 0).ToDictionary(key => key, key => new StoreItem($$"""{"key":"{{key}}"}"""));
        await Storage.WriteAsync(changes);

        var items = await Storage.ReadAsync(keys);

        Assert.Equal(changes.Keys.Order(StringComparer.Ordinal), items.Keys.Order(StringComparer.Ordinal));
        Assert.All(items, item => Assert.Equal(changes[item.Key].Json, item.Value.Json));
    }

    [StorageFact]
    public async Task Delete_RemovesTheItems_AndIgnoresMissingOnes()
    {
        var (kept, deleted) = (NewKey(), NewKey());
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [kept] = new("{}"), [deleted] = new("{}") });

        await Storage.DeleteAsync([deleted, NewKey()]);

        Assert.Equal([kept], (await Storage.ReadAsync([kept, deleted])).Keys);
    }

    [StorageFact]
    public async Task EmptyCalls_DoNothing()
    {
        Assert.Empty(await Storage.ReadAsync([]));
        Assert.Empty(await Storage.WriteAsync(new Dictionary<string, StoreItem>()));
        await Storage.DeleteAsync([]);
    }
}
