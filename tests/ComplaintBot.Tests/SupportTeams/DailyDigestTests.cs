using System.Text.Json;
using ComplaintBot.Agents;
using ComplaintBot.SupportTeams;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class DailyDigestTests
{
    /// <summary>Ljubljana is UTC+1 in November: its 22 November runs from 21 Nov 23:00 to 22 Nov 23:00 UTC.</summary>
    private static readonly Dictionary<string, string?> DigestAtEightInLjubljana = new()
    {
        ["SupportTeams:DigestEnabled"] = "true",
        ["SupportTeams:DigestTime"] = "08:00:00",
        ["SupportTeams:DigestTimeZone"] = "Europe/Ljubljana",
    };

    [Fact]
    public async Task TheDigest_IsSentOnceAtTheLocalDigestTime_WithThePreviousDaysFigures_AndAgainTheNextDay()
    {
        await using var bot = await SupportTeamsHost.StartAsync(settings: DigestAtEightInLjubljana, now: new DateTimeOffset(2026, 11, 23, 6, 0, 0, TimeSpan.Zero));
        var resolved = new DateTimeOffset(2026, 11, 21, 9, 0, 0, TimeSpan.Zero);
        var day = new DateTimeOffset(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
        await bot.SeedCheckInAsync("R1", "ProductFault", "Mina Park", resolved, day, solved: true, rating: 5);
        await bot.SeedCheckInAsync("R2", "ProductFault", "Mina Park", resolved, day.AddHours(1), solved: true, rating: 4, comment: "Quick fix, thanks.");
        await bot.SeedCheckInAsync("R3", "ProductFault", "Ana Novak", resolved, day.AddHours(2), solved: false, rating: 2, comment: "Still broken.");
        await bot.SeedCheckInAsync("R4", "Delivery", "Ana Novak", resolved, day.AddHours(3), solved: true, rating: 3);
        await bot.SeedCheckInAsync("R5", "Delivery", "Ana Novak", resolved, new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero));
        await bot.SeedCheckInAsync("R6", "Billing", null, resolved, sentAt: null);
        await bot.SeedCheckInAsync("R7", "Billing", null, resolved.AddHours(-20), new DateTimeOffset(2026, 11, 21, 22, 59, 0, TimeSpan.Zero), solved: false);
        await bot.SeedCheckInAsync("R8", "Billing", null, resolved, new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), solved: true, rating: 5);

        Assert.Equal(0, await bot.RoundAsync());
        bot.Time.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(0, await bot.RoundAsync());
        Assert.Empty(bot.Webhook.Deliveries);

        bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, await bot.RoundAsync());
        bot.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await bot.RoundAsync());
        await bot.RestartAsync();
        Assert.Equal(0, await bot.RoundAsync());

        Assert.All(bot.Webhook.Deliveries, delivery => Assert.True(delivery.SignatureValid));
        Assert.Equal(["daily-digest:2026-11-22", "negative-result:R3@1"], bot.Webhook.Deliveries.Select(d => d.DeliveryId).Order(StringComparer.Ordinal));
        var digest = Digest(bot.Webhook.Deliveries.Single(d => d.DeliveryId == "daily-digest:2026-11-22"));
        Assert.Equal(new DateOnly(2026, 11, 22), digest.Day);
        Assert.Equal("Europe/Ljubljana", digest.TimeZone);
        Assert.Equal(new DateTimeOffset(2026, 11, 21, 23, 0, 0, TimeSpan.Zero), digest.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), digest.To);
        var overall = digest.Summary.Overall;
        Assert.Equal(new SurveyFigures(CheckIns: 5, Delivered: 5, Responded: 4, Rated: 4, Satisfied: 2, SolvedAnswers: 4, Solved: 3, Negative: 1), overall);
        Assert.Equal(0.8, overall.ResponseRate);
        Assert.Equal(0.5, overall.Csat);
        Assert.Equal(0.75, overall.SolvedRate);
        Assert.Equal(["Delivery", "ProductFault"], digest.Summary.ByCategory.Select(line => line.Name));
        Assert.Equal(2.0 / 3, digest.Summary.ByCategory.Single(line => line.Name == "ProductFault").Figures.Csat);
        Assert.Equal(["Ana Novak", "Mina Park"], digest.Summary.ByAgent.Select(line => line.Name));
        Assert.Equal(1.0, digest.Summary.ByAgent.Single(line => line.Name == "Mina Park").Figures.SolvedRate);

        bot.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await bot.RoundAsync());
        var next = Digest(bot.Webhook.Deliveries[^1]);
        Assert.Equal(new DateOnly(2026, 11, 23), next.Day);
        Assert.Equal(1, next.Summary.Overall.CheckIns);
        Assert.Equal(1.0, next.Summary.Overall.Csat);
    }

    private static DailyDigest Digest(WebhookDelivery delivery)
    {
        var notification = JsonSerializer.Deserialize<SupportNotification>(delivery.Body, AgentJson.Options)!;
        Assert.Equal(SupportNotificationKind.DailyDigest, notification.Kind);
        return notification.Digest!;
    }
}
