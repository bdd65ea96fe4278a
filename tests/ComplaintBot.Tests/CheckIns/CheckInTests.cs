using System.Net;
using System.Text.Json;
using ComplaintBot.CheckIns;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Channels;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.CheckIns;

public sealed class CheckInTests
{
    [Fact]
    public async Task Resolved_NothingBefore24Hours_ThenExactlyOneCheckInInTheCustomersLanguage()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("ko", "화면이 깨진 채로 도착했어요.\n두 번째 줄");

        bot.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bot.SendDueAsync());
        Assert.Empty(bot.Channel.Requests);

        bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await bot.SendDueAsync());

        var sent = Assert.Single(bot.Channel.Requests);
        Assert.Equal("POST", sent.Method);
        Assert.Contains(Uri.EscapeDataString(complaint.Conversation.Conversation!.Id!), sent.RawTarget, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(sent.Body);
        var text = body.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("문제가 해결되었나요?", text, StringComparison.Ordinal);
        Assert.Contains("\"화면이 깨진 채로 도착했어요.\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("두 번째 줄", text, StringComparison.Ordinal);
        Assert.Contains("We sent a replacement.", text, StringComparison.Ordinal);
        var buttons = body.RootElement.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()
            .Select(action => action.GetProperty("value").GetString()).ToList();
        Assert.Equal(["네", "아니요"], buttons);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task The_dispatcher_sends_a_due_check_in_on_its_own_when_the_clock_reaches_it()
    {
        await using var bot = await CheckInHost.StartAsync(
            new Dictionary<string, string?> { ["CheckIns:PollInterval"] = "00:01:00" },
            withDispatcher: true);
        var complaint = await bot.ResolveAsync("ja");

        bot.Time.Advance(TimeSpan.FromHours(24) + TimeSpan.FromMinutes(1));

        Assert.True(SpinWait.SpinUntil(() => bot.Channel.Requests.Count > 0, TimeSpan.FromSeconds(30)), "No check-in was sent.");
        Assert.True(SpinWait.SpinUntil(() => StatusOfAsync(bot, complaint).Result == CheckInStatus.Sent, TimeSpan.FromSeconds(30)));
        Assert.Contains("問題は解決しましたか？", LastText(bot.Channel), StringComparison.Ordinal);
        Assert.Single(bot.Channel.Requests);
    }

    [Fact]
    public async Task A_typed_no_reopens_the_complaint_with_high_priority_and_apologises_with_a_deadline()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("ko");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        bot.Time.Advance(TimeSpan.FromHours(3));
        await bot.SayAsync(complaint, "아니요, 아직 안 돼요");

        var stored = await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(ComplaintStatus.Reopened, stored.Status);
        Assert.Equal(ComplaintPriority.High, stored.Priority);
        Assert.Equal(ComplaintStatus.Reopened, stored.History[^1].Status);
        Assert.True(stored.Deadline > bot.Time.GetUtcNow());
        Assert.Equal(CheckInStatus.Answered, await StatusOfAsync(bot, complaint));
        var reply = LastText(bot.Channel);
        Assert.Contains("죄송합니다", reply, StringComparison.Ordinal);
        Assert.Contains(stored.Deadline.ToString("f", System.Globalization.CultureInfo.GetCultureInfo("ko")), reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clicked_yes_closes_the_complaint_and_thanks_the_customer()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("sl");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        await bot.SayAsync(complaint, "Da");

        var stored = await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None);
        Assert.Equal(ComplaintStatus.Closed, stored!.Status);
        Assert.Equal(complaint.Priority, stored.Priority);
        Assert.Equal(CheckInStatus.Answered, await StatusOfAsync(bot, complaint));
        Assert.StartsWith("Hvala", LastText(bot.Channel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_is_neither_yes_nor_no_goes_on_to_the_bot_and_the_check_in_keeps_waiting()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        await bot.SayAsync(complaint, "hello");

        Assert.True(bot.Channel.Requests.Count > 1);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
        Assert.Equal(ComplaintStatus.Resolved, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);

        await bot.SayAsync(complaint, "yes");
        Assert.Equal(ComplaintStatus.Closed, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task CheckIn_ChannelAnswers403_IsUndeliverableAndNotRetried()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Channel.Enqueue(HttpStatusCode.Forbidden, """{"error":{"code":"ConversationBlockedByUser","message":"blocked"}}""");
        bot.Time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(0, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(6));
        Assert.Equal(0, await bot.SendDueAsync());

        Assert.Single(bot.Channel.Requests);
        Assert.Equal(CheckInStatus.Undeliverable, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task CheckIn_ChannelUnavailable_IsTriedAgainAfterTheRetryDelayAndSentOnce()
    {
        await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?> { ["BotConnector:MaxRetries"] = "0" });
        var complaint = await bot.ResolveAsync("en");
        bot.Channel.Enqueue(HttpStatusCode.ServiceUnavailable);
        bot.Time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(0, await bot.SendDueAsync());
        Assert.Equal(CheckInStatus.Scheduled, await StatusOfAsync(bot, complaint));
        bot.Time.Advance(TimeSpan.FromSeconds(59));
        Assert.Equal(0, await bot.SendDueAsync());
        Assert.Single(bot.Channel.Requests);

        bot.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(1));
        Assert.Equal(0, await bot.SendDueAsync());

        Assert.Equal(2, bot.Channel.Requests.Count);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task CheckIn_TwoInstancesDispatchingAtOnce_IsSentOnce()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaints = new List<Complaint>();
        for (var i = 0; i < 10; i++)
        {
            complaints.Add(await bot.ResolveAsync("ja"));
        }

        bot.Time.Advance(TimeSpan.FromHours(24));
        var first = ActivatorUtilities.CreateInstance<CheckInSender>(bot.Services);
        var second = ActivatorUtilities.CreateInstance<CheckInSender>(bot.Services);
        var sent = await Task.WhenAll(first.SendDueAsync(CancellationToken.None), second.SendDueAsync(CancellationToken.None));

        Assert.Equal(10, sent.Sum());
        Assert.Equal(10, bot.Channel.Requests.Count);
        Assert.Equal(10, bot.Channel.Requests.Select(request => request.RawTarget).Distinct().Count());
        foreach (var complaint in complaints)
        {
            Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
        }
    }

    [Fact]
    public async Task CheckIn_ResolutionToldTwice_IsScheduledOnce()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("zh-Hans");
        await bot.Services.GetServices<IComplaintResolvedListener>().OfType<CheckInScheduler>().Single().OnResolvedAsync(complaint, CancellationToken.None);
        bot.Time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(1, await bot.SendDueAsync());
        Assert.Contains("问题解决了吗？", LastText(bot.Channel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckIn_NotDeliveredWithinTheWindow_IsMissed()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24 + 48));

        Assert.Equal(0, await bot.SendDueAsync());

        Assert.Empty(bot.Channel.Requests);
        Assert.Equal(CheckInStatus.Missed, await StatusOfAsync(bot, complaint));
    }

    private static Task<CheckInStatus?> StatusOfAsync(CheckInHost bot, Complaint complaint) =>
        bot.CheckIns.FindStatusAsync(CheckInScheduler.IdFor(complaint.Reference, complaint.ResolvedAt!.Value), CancellationToken.None);

    private static string LastText(StubChannel channel)
    {
        using var body = JsonDocument.Parse(channel.Requests[^1].Body);
        return body.RootElement.GetProperty("text").GetString()!;
    }
}
