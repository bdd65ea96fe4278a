using System.Diagnostics;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Tests.Hosting;
using ComplaintBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.Agents;

/// <summary>
/// Two bot instances on one real PostgreSQL database, over real HTTP: what happens on instance A reaches a console
/// connected to instance B (LISTEN/NOTIFY), and back.
/// </summary>
public sealed class CrossInstancePushTests : IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresTestDatabase _database;
    private readonly ITestOutputHelper _output;

    public CrossInstancePushTests(PostgresTestDatabase database, ITestOutputHelper output)
    {
        _database = database;
        _output = output;
    }

    [PostgresFact]
    public async Task HandoffQueuedOnA_AndTheCustomersMessagesThere_ReachAConsoleOnB_AndBsActionsReachAConsoleOnA()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = _database.ConnectionString,
        };
        var a = new AgentConsoleHost(settings);
        await a.InitializeAsync();
        var b = new BotHostFactory(new Dictionary<string, string?>(settings) { ["Agents:LanguageFirstWindow"] = "01:00:00" });
        try
        {
            using var agentOnB = await AgentClient.SignInAsync(b.Address, "Mina Park", AgentConsoleHost.Password);
            using var agentOnA = await a.SignInAsync("Ana Novak");
            await using var consoleOnB = await ConsoleConnection.ConnectAsync(agentOnB.Http);
            await using var consoleOnA = await ConsoleConnection.ConnectAsync(agentOnA.Http);
            await Task.WhenAll(ListeningAsync(a.Host), ListeningAsync(b));

            var clock = Stopwatch.StartNew();
            var complaint = await a.FileComplaintAsync(language: "ko");
            var queued = await consoleOnB.NextAsync(AgentConsoleFeed.QueueEvent, complaint.Reference);
            _output.WriteLine($"Queued on A, on B's console after {clock.Elapsed.TotalMilliseconds:F0} ms");
            var handoffId = ConsoleConnection.Data(queued).GetProperty("id").GetString()!;

            var longMessage = string.Concat(Enumerable.Repeat("카메라가 또 고장 났어요. ", 700));
            await a.CustomerSaysAsync(complaint, longMessage);
            var relayed = await consoleOnB.NextAsync(AgentConsoleFeed.MessageEvent, complaint.Reference);

            await agentOnB.PostOkAsync($"/agent/api/handoffs/{handoffId}/accept");
            var acceptedOnA = await consoleOnA.NextAsync(e => e.EventType == AgentConsoleFeed.QueueEvent && e.Data.Contains(handoffId, StringComparison.Ordinal) && e.Data.Contains("Accepted", StringComparison.Ordinal));

            var warm = new List<double>();
            for (var i = 0; i < 5; i++)
            {
                clock.Restart();
                var next = await a.FileComplaintAsync(language: "en");
                await consoleOnB.NextAsync(AgentConsoleFeed.QueueEvent, next.Reference);
                warm.Add(clock.Elapsed.TotalMilliseconds);
            }

            _output.WriteLine($"Then, filed and queued on A until on B's console: {string.Join(", ", warm.Select(ms => ms.ToString("F0", System.Globalization.CultureInfo.InvariantCulture)))} ms");
            Assert.Equal(longMessage, ConsoleConnection.Data(relayed).GetProperty("text").GetString());
            Assert.Equal("Mina Park", ConsoleConnection.Data(acceptedOnA).GetProperty("agentName").GetString());
        }
        finally
        {
            await b.DisposeAsync();
            b.DeleteDataDirectory();
            await a.DisposeAsync();
        }
    }

    [Fact]
    public void Split_AnEventLongerThanOnePayload_TravelsInPartsThatFitAndJoinAgain()
    {
        var text = string.Concat(Enumerable.Repeat("😀한", 3000));

        var parts = PostgresAgentEventBus.Split("instance", 7, text);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(System.Text.Encoding.UTF8.GetByteCount(part) < 8000));
        Assert.Equal(text, string.Concat(parts.Select(p => p.Split('|', 5)[4])));
        Assert.All(parts.Select(p => p.Split('|', 5)[4]), p => Assert.False(char.IsHighSurrogate(p[^1])));
    }

    private static Task ListeningAsync(BotHostFactory host)
        => host.Services.GetRequiredService<PostgresAgentEventBus>().Listening.WaitAsync(TimeSpan.FromSeconds(15));
}
