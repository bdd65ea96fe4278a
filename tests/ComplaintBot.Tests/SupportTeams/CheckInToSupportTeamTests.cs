using System.Security.Cryptography;
using System.Text.Json;
using ComplaintBot.SupportTeams;
using ComplaintBot.Tests.CheckIns;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class CheckInToSupportTeamTests
{
    [Fact]
    public async Task A_customer_who_answers_no_and_then_rates_one_is_reported_to_the_webhook_once_with_the_first_answer()
    {
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        await using var webhook = await WebhookReceiver.StartAsync(secret, TimeProvider.System);
        await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?>
        {
            ["SupportTeams:Webhook:Url"] = webhook.Url.AbsoluteUri,
            ["SupportTeams:Webhook:Secret"] = secret,
            ["SupportTeams:DigestEnabled"] = "false",
            ["SupportTeams:PollInterval"] = "01:00:00",
        });
        webhook.Clock = bot.Time;
        var sender = bot.Services.GetRequiredService<SupportNotificationSender>();
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        await bot.SayAsync(complaint, "no");
        await sender.SendDueAsync(CancellationToken.None);
        await bot.SayAsync(complaint, "1");
        await sender.SendDueAsync(CancellationToken.None);

        var delivery = Assert.Single(webhook.Deliveries);
        Assert.True(delivery.SignatureValid);
        using var body = JsonDocument.Parse(delivery.Body);
        var result = body.RootElement.GetProperty("result");
        Assert.Equal(complaint.Reference, result.GetProperty("complaintReference").GetString());
        Assert.False(result.GetProperty("solved").GetBoolean());
        Assert.Equal("negative-result:" + CheckInHost.CheckInIdOf(complaint), delivery.DeliveryId);
    }
}
