using System.Net;
using System.Text.Json;
using ComplaintBot.CheckIns;
using ComplaintBot.SupportTeams;
using ComplaintBot.Tests.Hosting;
using ComplaintBot.Tests.Logging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class SupportNotificationTests
{
    [Fact]
    public async Task NegativeResult_ToldThreeTimesAcrossARestart_IsDeliveredOnceWithAValidSignature()
    {
        await using var bot = await SupportTeamsHost.StartAsync();
        var result = SupportTeamsHost.NegativeResult(comment: "Still broken. =cmd|' /C calc'!A0 <script>x</script>");

        await bot.TellAsync(result);
        await bot.TellAsync(result with { Comment = result.Comment + " (edited)" });
        await bot.RestartAsync();
        await bot.TellAsync(result);
        Assert.Equal(1, await bot.RoundAsync());
        await bot.RestartAsync();
        await bot.TellAsync(result);
        Assert.Equal(0, await bot.RoundAsync());

        var delivery = Assert.Single(bot.Webhook.Deliveries);
        Assert.True(delivery.SignatureValid);
        Assert.Equal("negative-result:CMP-NEG1@1", delivery.DeliveryId);
        Assert.Equal("application/json; charset=utf-8", delivery.ContentType);
        using var body = JsonDocument.Parse(delivery.Body);
        Assert.Equal("NegativeResult", body.RootElement.GetProperty("kind").GetString());
        var sent = body.RootElement.GetProperty("result");
        Assert.Equal("CMP-NEG1", sent.GetProperty("complaintReference").GetString());
        Assert.False(sent.GetProperty("solved").GetBoolean());
        Assert.Equal(2, sent.GetProperty("rating").GetInt32());
        Assert.Equal(result.Comment, sent.GetProperty("comment").GetString());
        Assert.Equal(SupportDeliveryStatus.Delivered, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.Webhook, CancellationToken.None));
    }

    [Fact]
    public async Task Webhook500Then200_IsTriedAgainAfterTheBackoff_AndDeliveredOnce()
    {
        await using var bot = await SupportTeamsHost.StartAsync();
        bot.Webhook.Enqueue(HttpStatusCode.InternalServerError);
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(0, await bot.RoundAsync());
        Assert.Equal(0, await bot.RoundAsync());
        Assert.Single(bot.Webhook.Deliveries);
        Assert.Equal(SupportDeliveryStatus.Pending, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.Webhook, CancellationToken.None));

        bot.Time.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(1, await bot.RoundAsync());
        bot.Time.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, await bot.RoundAsync());

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.OK], bot.Webhook.Deliveries.Select(d => d.Answer));
        Assert.All(bot.Webhook.Deliveries, d => Assert.True(d.SignatureValid));
        Assert.Single(bot.Webhook.Deliveries.Select(d => d.DeliveryId).Distinct());
        Assert.Single(bot.Webhook.Accepted);
    }

    [Fact]
    public async Task Webhook400_IsRecordedAsFailed_AndNotTriedAgain()
    {
        await using var bot = await SupportTeamsHost.StartAsync();
        bot.Webhook.Enqueue(HttpStatusCode.BadRequest);
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(0, await bot.RoundAsync());
        bot.Time.Advance(TimeSpan.FromHours(3));
        Assert.Equal(0, await bot.RoundAsync());

        Assert.Single(bot.Webhook.Deliveries);
        Assert.Equal(SupportDeliveryStatus.Failed, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.Webhook, CancellationToken.None));
    }

    [Fact]
    public async Task FailedDeliveries_AreLoggedByNotificationAndTarget_NeverWithTheCustomersComment()
    {
        using var logs = new CapturingLoggerProvider();
        await using var bot = await SupportTeamsHost.StartAsync(teams: true, logs: logs);
        bot.Webhook.Enqueue(HttpStatusCode.ServiceUnavailable).Enqueue(HttpStatusCode.Gone);
        bot.Teams.Enqueue(HttpStatusCode.NotFound);
        await bot.TellAsync(SupportTeamsHost.NegativeResult(comment: "Call me on 040 123 456, the blender still smokes."));

        await bot.RoundAsync();
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        await bot.RoundAsync();

        var lines = logs.Lines.Where(line => line.Category.StartsWith("ComplaintBot.SupportTeams", StringComparison.Ordinal)).Select(line => line.Text).ToList();
        Assert.Contains(lines, line => line.Contains("negative-result:CMP-NEG1@1 to Webhook failed for now (The webhook answered 503.)", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("negative-result:CMP-NEG1@1 to Webhook failed for good after 2 attempt(s): The webhook answered 410.", StringComparison.Ordinal));
        Assert.Contains(lines, line => line.Contains("negative-result:CMP-NEG1@1 to TeamsChannel failed for good", StringComparison.Ordinal));
        Assert.DoesNotContain("blender", logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("040 123", logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APositiveResult_TellsNobody()
    {
        await using var bot = await SupportTeamsHost.StartAsync(teams: true);
        await bot.TellAsync(SupportTeamsHost.NegativeResult() with { Solved = true, Rating = 3 });
        await bot.TellAsync(SupportTeamsHost.NegativeResult("CMP-POS2@1") with { Solved = null, Rating = 5 });

        Assert.Equal(0, await bot.RoundAsync());
        Assert.Empty(bot.Webhook.Deliveries);
        Assert.Empty(bot.Teams.Requests);
    }

    [Fact]
    public async Task TeamsChannel_GetsTheResultAsAnAdaptiveCardInANewThread_WithTheCommentAsPlainText()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false, teams: true);
        await bot.TellAsync(SupportTeamsHost.NegativeResult(comment: "**Not** fixed [click](https://evil.example)"));

        Assert.Equal(1, await bot.RoundAsync());

        var post = Assert.Single(bot.Teams.Requests);
        Assert.Equal("POST", post.Method);
        Assert.Equal("/v3/conversations", post.RawTarget);
        using var body = JsonDocument.Parse(post.Body);
        var root = body.RootElement;
        Assert.True(root.GetProperty("isGroup").GetBoolean());
        Assert.Equal(SupportTeamsHost.TenantId, root.GetProperty("tenantId").GetString());
        Assert.Equal(SupportTeamsHost.TeamsChannelId, root.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(SupportTeamsHost.TenantId, root.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        var attachment = Assert.Single(root.GetProperty("activity").GetProperty("attachments").EnumerateArray());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        var run = card.GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "RichTextBlock")
            .SelectMany(element => element.GetProperty("inlines").EnumerateArray())
            .Single();
        Assert.Equal("TextRun", run.GetProperty("type").GetString());
        Assert.Equal("**Not** fixed [click](https://evil.example)", run.GetProperty("text").GetString());
        Assert.DoesNotContain(card.GetProperty("body").EnumerateArray(), element =>
            element.GetProperty("type").GetString() == "TextBlock" && element.GetProperty("text").GetString()!.Contains("evil", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsChannel_WithAConversationId_PostsIntoThatConversation()
    {
        const string thread = "19:support-team@thread.tacv2;messageid=1732300000000";
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false, teams: true, settings: new Dictionary<string, string?> { ["SupportTeams:TeamsChannel:ConversationId"] = thread });
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(1, await bot.RoundAsync());

        var post = Assert.Single(bot.Teams.Requests);
        Assert.Equal("/v3/conversations/" + Uri.EscapeDataString(thread) + "/activities", post.RawTarget);
        using var body = JsonDocument.Parse(post.Body);
        Assert.Equal("Negative check-in result for CMP-NEG1", body.RootElement.GetProperty("summary").GetString());
    }

    [Fact]
    public async Task TeamsChannel403_IsRecordedAsFailed_WhileTheWebhookStillGetsIt()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: true, teams: true);
        bot.Teams.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"not in roster"}}""");
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(1, await bot.RoundAsync());

        Assert.Equal(SupportDeliveryStatus.Failed, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.TeamsChannel, CancellationToken.None));
        Assert.Equal(SupportDeliveryStatus.Delivered, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.Webhook, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnreadableStoredNotification_IsRecordedAsFailed_AndTheOthersStillGo()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false, teams: true);
        var broken = new SupportNotification("negative-result:BROKEN@1", SupportNotificationKind.NegativeResult, bot.Time.GetUtcNow(), Result: null, Digest: null);
        Assert.True(await bot.Outbox.EnqueueAsync(broken, SupportTarget.TeamsChannel, "{not json", bot.Time.GetUtcNow(), CancellationToken.None));
        bot.Time.Advance(TimeSpan.FromSeconds(1));
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(1, await bot.RoundAsync());

        Assert.Equal(SupportDeliveryStatus.Failed, await bot.Outbox.FindStatusAsync(broken.Id, SupportTarget.TeamsChannel, CancellationToken.None));
        Assert.Equal(SupportDeliveryStatus.Delivered, await bot.Outbox.FindStatusAsync("negative-result:CMP-NEG1@1", SupportTarget.TeamsChannel, CancellationToken.None));
    }

    [Fact]
    public async Task NoTargetConfigured_QueuesAndSendsNothing()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false, teams: false);
        await bot.TellAsync(SupportTeamsHost.NegativeResult());

        Assert.Equal(0, await bot.RoundAsync());
        Assert.False(await bot.Outbox.ContainsAsync("negative-result:CMP-NEG1@1", CancellationToken.None));
        Assert.Empty(bot.Webhook.Deliveries);
        Assert.Empty(bot.Teams.Requests);
    }

    [Fact]
    public async Task NoTargetConfigured_TheDispatcherSaysSoOnceAtStart()
    {
        using var logs = new CapturingLoggerProvider();
        await using (var host = new BotHostFactory(configureServices: services => services.AddSingleton<ILoggerProvider>(logs)))
        {
            _ = host.Address;
            await host.DisposeAsync();
            host.DeleteDataDirectory();
        }

        Assert.Single(logs.Lines, line => line.Message.StartsWith("No support-team target is configured", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TeamsChannel_GetsTheDailyDigestAsACardWithTheFigures()
    {
        await using var bot = await SupportTeamsHost.StartAsync(webhook: false, teams: true, settings: new Dictionary<string, string?> { ["SupportTeams:DigestEnabled"] = "true" });

        Assert.Equal(1, await bot.RoundAsync());
        Assert.Equal(0, await bot.RoundAsync());

        using var body = JsonDocument.Parse(Assert.Single(bot.Teams.Requests).Body);
        var card = body.RootElement.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content");
        Assert.Equal("Check-in digest for 2026-11-22", card.GetProperty("body")[0].GetProperty("text").GetString());
        var facts = card.GetProperty("body").EnumerateArray()
            .Where(element => element.GetProperty("type").GetString() == "FactSet")
            .SelectMany(element => element.GetProperty("facts").EnumerateArray())
            .ToDictionary(fact => fact.GetProperty("title").GetString()!, fact => fact.GetProperty("value").GetString());
        Assert.Equal("0", facts["Check-ins"]);
        Assert.Equal("— (0 of 0)", facts["CSAT (4–5)"]);
    }

    [Fact]
    public async Task WebhookWithoutASecret_StopsTheHostAtStart_NamingTheSetting()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["SupportTeams:Webhook:Url"] = "https://hooks.example.com/complaintbot" });
        var error = Assert.ThrowsAny<Exception>(() => host.Address);
        var validation = Assert.IsType<OptionsValidationException>(error is AggregateException aggregate ? aggregate.InnerException : error);
        Assert.Contains("SupportTeams:Webhook:Secret", validation.Message, StringComparison.Ordinal);
        host.DeleteDataDirectory();
    }
}
