using System.Net;
using System.Text.Json;
using ComplaintBot.Agents.Console;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.Agents.Teams;

public sealed class TeamsCardDeliveryTests
{
    [Fact]
    public async Task A_card_Teams_refuses_leaves_the_customers_turn_alone_is_shown_to_the_consoles_and_is_posted_after_the_retry_interval()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var bot = new TeamsAgentsHost(time);
        await bot.InitializeAsync();
        try
        {
            using var console = bot.Host.Services.GetRequiredService<AgentConsoleFeed>().Subscribe();
            bot.Teams.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"not in the team"}}""");
            var customer = new CustomerConversation();

            var complaint = await bot.EscalateAsync(customer);

            Assert.NotEmpty(bot.CustomerTexts(customer));
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var note = await console.ReadAllAsync(wait.Token).FirstAsync(e => e.Kind == AgentConsoleFeed.NoteEvent, wait.Token);
            var message = JsonDocument.Parse(note.Json).RootElement;
            Assert.Equal(complaint.Reference, message.GetProperty("complaintReference").GetString());
            Assert.Contains("could not be posted to the agents' Teams channel", message.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Single(CardPosts(bot, complaint.Reference));

            var posted = false;
            for (var round = 0; round < 150 && !posted; round++)
            {
                time.Advance(TimeSpan.FromMinutes(3));
                posted = SpinWait.SpinUntil(() => CardPosts(bot, complaint.Reference).Count == 2, TimeSpan.FromMilliseconds(200));
            }

            Assert.True(posted, "The card was not posted again after the retry interval.");
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("Agents:Teams:ServiceUrl", null, "Agents:Teams:ServiceUrl")]
    [InlineData("Agents:Teams:TenantId", "contoso", "Agents:Teams:TenantId")]
    [InlineData("Agents:Teams:ChannelId", "general", "Agents:Teams:ChannelId")]
    [InlineData("Agents:Teams:RetryInterval", "00:00:01", "Agents:Teams:RetryInterval")]
    public async Task Startup_WithIncompleteTeamsSettings_FailsNamingTheSetting(string key, string? value, string named)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Agents:Teams:ServiceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["Agents:Teams:ChannelId"] = TeamsAgentsHost.AgentsChannelId,
            ["Agents:Teams:TenantId"] = TeamsAgentsHost.TenantId,
        };
        settings[key] = value;
        await using var host = new BotHostFactory(settings);

        var failure = Assert.Throws<OptionsValidationException>(() => host.Address);

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
        host.DeleteDataDirectory();
    }

    private static List<RecordedRequest> CardPosts(TeamsAgentsHost bot, string reference)
        => [.. bot.Teams.Requests.Where(r => r.RawTarget == "/v3/conversations" && r.Body.Contains(reference, StringComparison.Ordinal))];
}
