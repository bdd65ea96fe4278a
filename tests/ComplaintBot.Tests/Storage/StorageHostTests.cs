using System.Net;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace ComplaintBot.Tests.Storage;

/// <summary>Storage inside the real host on Kestrel: the file, readiness, and surviving a restart.</summary>
public sealed class StorageHostTests
{
    private sealed record IntakeDraft(string Step, IReadOnlyList<string> Story);

    private static readonly Uri Readyz = new("/readyz", UriKind.Relative);

    /// <summary>A turn of the conversation; no reply is sent, so the adapter is a stand-in.</summary>
    private static TurnContext Turn(string conversationId) => new(
        Mock.Of<BotAdapter>(),
        new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = "webchat",
            Conversation = new ConversationAccount { Id = conversationId },
            From = new ChannelAccount { Id = "user-1" },
            Recipient = new ChannelAccount { Id = "bot" },
        });

    [Fact]
    public async Task FirstRun_CreatesTheDatabaseFileUnderTheDataFolder_AndIsReady()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();

        using var response = await client.GetAsync(Readyz);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, StorageOptions.DatabaseFileName)));
        Assert.IsType<SqliteStorage>(host.Services.GetRequiredService<IStorage>());
        Assert.IsType<SqliteDatabase>(host.Services.GetRequiredService<StorageDatabase>());
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task Readyz_DatabaseFileIsNotADatabase_IsUnhealthyWhileLivenessStaysHealthy()
    {
        var dataDirectory = TestFolder.NewPath();
        Directory.CreateDirectory(dataDirectory);
        await File.WriteAllTextAsync(
            Path.Combine(dataDirectory, StorageOptions.DatabaseFileName), string.Concat(Enumerable.Repeat("not a database. ", 512)));
        await using var host = new BotHostFactory(dataDirectory: dataDirectory);
        using var client = host.CreateLoopbackClient();

        using var ready = await client.GetAsync(Readyz);
        using var live = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task Readyz_PostgresUnreachable_IsUnhealthy()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Port=1;Database=complaintbot;Username=nobody;Password=none;Timeout=3",
        });
        using var client = host.CreateLoopbackClient();

        using var response = await client.GetAsync(Readyz);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task ConversationState_WrittenBeforeARestart_IsReadAfterIt()
    {
        var conversationId = "conv-" + Guid.NewGuid().ToString("N");
        var draft = new IntakeDraft("askOrderNumber", ["카메라가 고장났어요 📷", StorageContractTests.OddUnicode]);
        string dataDirectory;
        await using (var first = new BotHostFactory())
        {
            dataDirectory = first.DataDirectory;
            var state = first.Services.GetRequiredService<ConversationState>();
            var turn = Turn(conversationId);
            await state.CreateProperty<IntakeDraft>("intake").SetAsync(turn, draft);
            await state.SaveChangesAsync(turn);
        }

        await using var second = new BotHostFactory(dataDirectory: dataDirectory);
        var reloaded = await second.Services.GetRequiredService<ConversationState>()
            .CreateProperty<IntakeDraft>("intake")
            .GetAsync(Turn(conversationId), () => new IntakeDraft("start", []));

        Assert.Equal(draft.Step, reloaded.Step);
        Assert.Equal(draft.Story, reloaded.Story);
        await second.DisposeAsync();
        second.DeleteDataDirectory();
    }

    [Fact]
    public async Task Complaint_FiledBeforeARestart_IsFoundAfterIt()
    {
        var complaint = SampleComplaints.Create();
        string dataDirectory;
        await using (var first = new BotHostFactory())
        {
            dataDirectory = first.DataDirectory;
            await first.Services.GetRequiredService<IComplaintStore>().AddAsync(complaint, CancellationToken.None);
        }

        await using var second = new BotHostFactory(dataDirectory: dataDirectory);
        var found = await second.Services.GetRequiredService<IComplaintStore>().FindAsync(complaint.Reference, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal(ComplaintDocument.Serialize(complaint with { Version = 1 }), ComplaintDocument.Serialize(found));
        await second.DisposeAsync();
        second.DeleteDataDirectory();
    }

    [PostgresFact]
    public async Task Postgres_HostIsReady_AndStateSurvivesARestart()
    {
        var database = new PostgresTestDatabase();
        await database.InitializeAsync();
        try
        {
            var settings = new Dictionary<string, string?>
            {
                ["Storage:Provider"] = "Postgres",
                ["ConnectionStrings:Postgres"] = database.ConnectionString,
            };
            var conversationId = "conv-" + Guid.NewGuid().ToString("N");
            await using (var first = new BotHostFactory(settings))
            {
                using var client = first.CreateLoopbackClient();
                using var response = await client.GetAsync(Readyz);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.IsType<PostgresStorage>(first.Services.GetRequiredService<IStorage>());
                var state = first.Services.GetRequiredService<ConversationState>();
                var turn = Turn(conversationId);
                await state.CreateProperty<IntakeDraft>("intake").SetAsync(turn, new IntakeDraft("askProduct", ["화가 나요"]));
                await state.SaveChangesAsync(turn);
            }

            await using var second = new BotHostFactory(settings);
            var reloaded = await second.Services.GetRequiredService<ConversationState>()
                .CreateProperty<IntakeDraft>("intake")
                .GetAsync(Turn(conversationId), () => new IntakeDraft("start", []));

            Assert.Equal("askProduct", reloaded.Step);
            await second.DisposeAsync();
            second.DeleteDataDirectory();
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
