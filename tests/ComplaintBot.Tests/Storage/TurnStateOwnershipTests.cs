using System.Net;
using ComplaintBot.Hosting;
using ComplaintBot.Privacy;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Conversations;
using ComplaintBot.Tests.Hosting;
using ComplaintBot.Tests.Logging;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// A bot on SQLite owns its data folder's turn state, so each turn takes over what the previous one left in memory
/// without asking the database: what the lock keeps out (a second bot, the <c>privacy erase</c> command of another
/// process), and what an erasure inside the bot still reaches.
/// </summary>
public sealed class TurnStateOwnershipTests
{
    private static readonly Uri Healthz = new("/healthz", UriKind.Relative);

    [Fact]
    public async Task A_conversation_erased_in_the_middle_of_a_complaint_starts_over_at_the_next_message()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();
        Assert.True(host.Services.GetRequiredService<IStorage>().IsSoleWriter);
        var chat = new CustomerChat(client, "en-US", name: "Ana");
        await chat.SayAllAsync(
            "My Acme X200 blender stopped working two days after delivery, order 48213. It just makes a burning smell.",
            "That's all", "Yes", "Since Monday", "I unplugged it and tried again", "A replacement please", "ana@example.com");
        await chat.SayTextsAsync("The toaster from the same order is broken too, order 48213. The lever will not stay down.");
        await chat.SayTextsAsync("That's all");

        await host.Services.GetRequiredService<PersonalDataStore>().EraseAsync(new CustomerIdentity("webchat", chat.UserId, null), CancellationToken.None);
        var next = await chat.SayTextsAsync("Yes");

        Assert.NotEqual(["When did it start?"], next);
        Assert.StartsWith("Hello", next[0], StringComparison.Ordinal);
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task A_second_bot_on_the_same_data_folder_waits_then_does_not_start_and_says_why()
    {
        await using var first = new BotHostFactory();
        _ = first.Address;
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var second = new BotHostFactory(dataDirectory: first.DataDirectory, configureServices: services => services.AddSingleton<TimeProvider>(clock));

        var start = Task.Run(() => second.Address);
        while (!start.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => start);
        Assert.Contains(SqliteDatabase.StateLockSuffix, refused.Message, StringComparison.Ordinal);
        Assert.Contains("One process at a time", refused.Message, StringComparison.Ordinal);
        using var client = first.CreateLoopbackClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Healthz)).StatusCode);
        await DisposeQuietlyAsync(second);
        await first.DisposeAsync();
        first.DeleteDataDirectory();
    }

    [Fact]
    public async Task A_bot_started_while_an_erasure_holds_the_data_folder_starts_once_it_is_done()
    {
        var dataDirectory = TestFolder.NewPath();
        var erasure = new SqliteStateLock(Path.Combine(dataDirectory, StorageOptions.DatabaseFileName + SqliteDatabase.StateLockSuffix));
        Assert.True(erasure.TryAcquire());
        var logs = new CapturingLoggerProvider();
        await using var host = new BotHostFactory(dataDirectory: dataDirectory, configureServices: services => services.AddSingleton<ILoggerProvider>(logs));

        var start = Task.Run(() => host.Address);
        while (!logs.AllText.Contains("Waiting up to 30 s", StringComparison.Ordinal))
        {
            Assert.False(start.IsCompleted, "The bot started while another process held its data folder.");
            await Task.Yield();
        }

        erasure.Dispose();
        await start;
        using var client = host.CreateLoopbackClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(Healthz)).StatusCode);
        Assert.True(host.Services.GetRequiredService<IStorage>().IsSoleWriter);
        await host.DisposeAsync();
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task The_privacy_erase_command_beside_a_running_bot_erases_nothing_and_runs_once_the_bot_has_stopped()
    {
        var bot = new BotHostFactory();
        _ = bot.Address;
        string[] erase = ["privacy", "erase", "--channel", "webchat", "--user", "user-1"];

        await using (var command = CommandApp(bot.DataDirectory))
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            Assert.Equal(3, await PrivacyCommand.RunAsync(command.Services, erase, output, error));
            Assert.Empty(output.ToString());
            Assert.Contains("Nothing was erased", error.ToString(), StringComparison.Ordinal);
            Assert.Contains("/agent/api/privacy/erase", error.ToString(), StringComparison.Ordinal);
        }

        await bot.DisposeAsync();
        await using (var command = CommandApp(bot.DataDirectory))
        {
            using var output = new StringWriter();
            Assert.Equal(0, await PrivacyCommand.RunAsync(command.Services, erase, output, TextWriter.Null));
            Assert.Contains("\"complaints\": 0", output.ToString(), StringComparison.Ordinal);
        }

        bot.DeleteDataDirectory();
    }

    /// <summary>The app as <c>Program</c> builds it for a command: configured, never started.</summary>
    private static WebApplication CommandApp(string dataDirectory)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.AddComplaintBot();
        return builder.Build();
    }

    /// <summary>Disposes a host that failed to start (its disposal may rethrow the start-up failure).</summary>
    private static async Task DisposeQuietlyAsync(BotHostFactory host)
    {
        try
        {
            await host.DisposeAsync();
        }
        catch (InvalidOperationException)
        {
        }
    }
}
