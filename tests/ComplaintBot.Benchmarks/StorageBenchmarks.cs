using BenchmarkDotNet.Attributes;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Benchmarks;

/// <summary>
/// One turn's storage work: read a typical conversation state item (about 2 KB: dialog stack, intake draft, a few
/// transcript lines) and write it back with its ETag, on a SQLite file on disk (WAL) committed as the host does by
/// default (<see cref="SqliteSynchronous.Normal"/>) and with an fsync per write (<see cref="SqliteSynchronous.Full"/>);
/// <see cref="MemoryStorage"/> is the peer that does the same work with no disk at all.
/// </summary>
[MemoryDiagnoser]
public class StorageBenchmarks : IDisposable
{
    private const string Key = "msteams/conversations/a:1Xk9-benchmark";

    private static readonly string StateJson = ComplaintBot.Protocol.Schema.ProtocolJson.Serialize(new
    {
        dialogState = new
        {
            stack = new object[]
            {
                new { id = "intake", state = new { step = 4, values = new { category = "ProductFault", language = "ko" } } },
                new { id = "intake.facts", state = new { step = 1, asked = new[] { "orderNumber", "product" } } },
            },
        },
        intake = new
        {
            description = "카메라가 이틀 만에 고장났어요. 전원이 켜지지 않고 렌즈가 나오지 않습니다. 환불을 원합니다 📷",
            facts = new { orderNumber = "ORD-5531", product = "Lumix G9 II", amount = "€1,499.00", when = "last Tuesday" },
            mood = new[] { "Negative", "Negative", "Mixed" },
            transcript = Enumerable.Range(0, 8).Select(i => new { at = $"2026-11-23T13:4{i}:00Z", speaker = i % 2 == 0 ? "customer" : "bot", text = "메시지 " + i + " — 그래서 어떻게 해주실 건가요?" }).ToArray(),
        },
    });

    private readonly List<SqliteDatabase> _databases = [];
    private string _dataDirectory = "";
    private IStorage _sqliteNormal = null!;
    private IStorage _sqliteFull = null!;
    private IStorage _memory = null!;

    [GlobalSetup]
    public async Task SetupAsync()
    {
        _dataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-bench", Guid.NewGuid().ToString("N"));
        _sqliteNormal = CreateSqliteStorage(SqliteSynchronous.Normal);
        _sqliteFull = CreateSqliteStorage(SqliteSynchronous.Full);
        _memory = new MemoryStorage();
        foreach (var storage in new[] { _sqliteNormal, _sqliteFull, _memory })
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(StateJson) });
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _databases.ForEach(database => database.Dispose());
        _databases.Clear();
        if (Directory.Exists(_dataDirectory))
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public Task<IReadOnlyDictionary<string, string>> MemoryStorage_ReadThenWrite() => ReadThenWriteAsync(_memory);

    [Benchmark]
    public Task<IReadOnlyDictionary<string, string>> SqliteStorage_ReadThenWrite() => ReadThenWriteAsync(_sqliteNormal);

    [Benchmark]
    public Task<IReadOnlyDictionary<string, string>> SqliteStorageFullSync_ReadThenWrite() => ReadThenWriteAsync(_sqliteFull);

    private SqliteStorage CreateSqliteStorage(SqliteSynchronous synchronous)
    {
        var options = new StorageOptions
        {
            DataDirectory = Path.Combine(_dataDirectory, synchronous.ToString()),
            SqliteStateSynchronous = synchronous,
        };
        var database = new SqliteDatabase(Options.Create(options), TimeProvider.System, NullLogger<SqliteDatabase>.Instance);
        _databases.Add(database);
        return new SqliteStorage(database, TimeProvider.System);
    }

    private static async Task<IReadOnlyDictionary<string, string>> ReadThenWriteAsync(IStorage storage)
    {
        var items = await storage.ReadAsync([Key]);
        var item = items[Key];
        return await storage.WriteAsync(new Dictionary<string, StoreItem> { [Key] = new(item.Json, item.ETag) });
    }
}
