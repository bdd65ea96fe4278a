using System.Globalization;
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
        Assert.Equal(CheckInActivityIds.For(CheckInHost.CheckInIdOf(complaint), CheckInActivityIds.Question), body.RootElement.GetProperty("id").GetString());
        var text = body.RootElement.GetProperty("text").GetString()!;
        Assert.Contains("문제가 해결되었나요?", text, StringComparison.Ordinal);
        Assert.Contains("1(전혀 만족하지 않음)부터 5(매우 만족)", text, StringComparison.Ordinal);
        Assert.Contains("\"화면이 깨진 채로 도착했어요.\"", text, StringComparison.Ordinal);
        Assert.DoesNotContain("두 번째 줄", text, StringComparison.Ordinal);
        Assert.Contains("We sent a replacement.", text, StringComparison.Ordinal);
        var buttons = body.RootElement.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray().ToList();
        Assert.Equal(["네", "아니요"], buttons.Select(action => action.GetProperty("title").GetString()));
        Assert.All(buttons, action => Assert.Equal("messageBack", action.GetProperty("type").GetString()));
        Assert.Equal(CheckInHost.CheckInIdOf(complaint), buttons[0].GetProperty("value").GetProperty("checkInId").GetString());
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
    public async Task Unanswered_check_in_gets_one_reminder_after_24_hours_then_expires_as_unanswered()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(1, await bot.SendDueAsync());

        bot.Time.Advance(TimeSpan.FromHours(24) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromMinutes(1));
        var second = ActivatorUtilities.CreateInstance<CheckInSender>(bot.Services);
        var reminders = await Task.WhenAll(bot.SendDueAsync(), second.SendDueAsync(CancellationToken.None));
        Assert.Equal(1, reminders.Sum());
        bot.Time.Advance(TimeSpan.FromHours(12));
        Assert.Equal(0, await bot.SendDueAsync());

        Assert.Equal(2, bot.Channel.Requests.Count);
        Assert.StartsWith("A quick reminder about your problem", LastText(bot.Channel), StringComparison.Ordinal);
        Assert.Equal(CheckInActivityIds.For(CheckInHost.CheckInIdOf(complaint), CheckInActivityIds.Reminder), LastBody(bot.Channel).GetProperty("id").GetString());
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));

        bot.Time.Advance(TimeSpan.FromHours(12));
        Assert.Equal(0, await bot.SendDueAsync());

        Assert.Equal(CheckInStatus.Unanswered, await StatusOfAsync(bot, complaint));
        Assert.Equal(2, bot.Channel.Requests.Count);
        var reported = Assert.Single(bot.Results.Results);
        Assert.Equal(CheckInStatus.Unanswered, reported.Status);
        Assert.Null(reported.Solved);
        await bot.SayAsync(complaint, "yes");
        Assert.Equal(ComplaintStatus.Resolved, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
    }

    [Fact]
    public async Task A_check_in_due_in_the_customers_quiet_hours_waits_until_they_end_in_their_time_zone()
    {
        await using var bot = await CheckInHost.StartAsync();
        bot.Time.Advance(TimeSpan.FromHours(4)); // 13:00 UTC = 22:00 in Seoul
        var complaint = await bot.ResolveAsync("ko", timeZone: "Asia/Seoul");
        var greeting = bot.Channel.Requests.Count;

        bot.Time.Advance(TimeSpan.FromHours(24)); // 22:00 in Seoul the next day: quiet
        Assert.Equal(0, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(10) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bot.SendDueAsync());
        Assert.Equal(greeting, bot.Channel.Requests.Count);

        bot.Time.Advance(TimeSpan.FromMinutes(1)); // 08:00 in Seoul
        Assert.Equal(1, await bot.SendDueAsync());
        Assert.Contains("문제가 해결되었나요?", LastText(bot.Channel), StringComparison.Ordinal);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task The_default_time_zone_decides_quiet_hours_when_the_channel_never_reported_one()
    {
        await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?>
        {
            ["CheckIns:DefaultTimeZone"] = "America/New_York",
            ["CheckIns:QuietHoursStart"] = "20:00",
            ["CheckIns:QuietHoursEnd"] = "09:30",
        });
        var complaint = await bot.ResolveAsync("en"); // 09:00 UTC = 04:00 in New York

        bot.Time.Advance(TimeSpan.FromHours(24));
        Assert.Equal(0, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(5.5)); // 09:30 in New York
        Assert.Equal(1, await bot.SendDueAsync());
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task A_reminder_due_in_quiet_hours_waits_until_they_end()
    {
        await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?> { ["CheckIns:ReminderAfter"] = "20:00:00" });
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24)); // 09:00 UTC
        Assert.Equal(1, await bot.SendDueAsync());

        bot.Time.Advance(TimeSpan.FromHours(20)); // 05:00 UTC: quiet until 08:00 (default zone UTC)
        Assert.Equal(0, await bot.SendDueAsync());
        bot.Time.Advance(TimeSpan.FromHours(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await bot.SendDueAsync());
        Assert.Single(bot.Channel.Requests);

        bot.Time.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, await bot.SendDueAsync());
        Assert.StartsWith("A quick reminder", LastText(bot.Channel), StringComparison.Ordinal);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
    }

    [Fact]
    public async Task An_answer_window_no_longer_than_the_reminder_delay_stops_the_host_at_start()
    {
        var failure = await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?> { ["CheckIns:ReminderAfter"] = "2.00:00:00", ["CheckIns:AnswerWindow"] = "1.00:00:00" });
        });

        Assert.Contains("AnswerWindow must be longer than ReminderAfter", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_typed_no_reopens_the_complaint_with_high_priority_apologises_with_a_deadline_and_asks_for_the_rating()
    {
        await using var bot = await CheckInHost.StartAsync(new Dictionary<string, string?> { ["CheckIns:SupportContact"] = "+82 2 555 0100" });
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
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
        var replies = Texts(bot.Channel)[^2..];
        Assert.Contains("죄송합니다", replies[0], StringComparison.Ordinal);
        Assert.Contains(stored.Deadline.ToString("f", CultureInfo.GetCultureInfo("ko")), replies[0], StringComparison.Ordinal);
        Assert.Contains("+82 2 555 0100", replies[0], StringComparison.Ordinal);
        Assert.Contains("얼마나 만족하셨나요?", replies[1], StringComparison.Ordinal);
        Assert.Equal(["1", "2", "3", "4", "5"], Buttons(LastBody(bot.Channel)).Select(b => b.GetProperty("title").GetString()));
        Assert.Equal(false, Assert.Single(bot.Results.Results).Solved);

        await bot.SayAsync(complaint, "5점");

        Assert.Equal(CheckInStatus.Answered, await StatusOfAsync(bot, complaint));
        Assert.Equal(ComplaintStatus.Reopened, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
        Assert.Contains("더 하고 싶은 말씀이 있으신가요?", LastText(bot.Channel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Yes_closes_with_thanks_but_a_rating_of_two_afterwards_reopens_it_and_the_comment_is_kept()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("sl");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        await bot.SayAsync(complaint, "Da");
        Assert.Equal(ComplaintStatus.Closed, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
        Assert.StartsWith("Hvala, da ste nam sporočili", Texts(bot.Channel)[^2], StringComparison.Ordinal);

        await bot.SayAsync(complaint, "2 zvezdici");
        var stored = await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None);
        Assert.Equal(ComplaintStatus.Reopened, stored!.Status);
        Assert.Equal(ComplaintPriority.High, stored.Priority);
        Assert.StartsWith("Žal nam je, da vaše težave nismo obravnavali dovolj dobro", Texts(bot.Channel)[^2], StringComparison.Ordinal);
        Assert.Contains("Bi nam želeli sporočiti še kaj?", LastText(bot.Channel), StringComparison.Ordinal);

        await bot.SayAsync(complaint, "Kurir je bil nesramen.");
        Assert.Equal("Hvala, vaše sporočilo smo posredovali ekipi.", LastText(bot.Channel));
        await bot.SayAsync(complaint, "Še nekaj");

        var result = await bot.CheckIns.FindResultAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None);
        Assert.Equal((true, 2, "Kurir je bil nesramen.", CheckInStatus.Answered), (result!.Solved, result.Rating, result.Comment, result.Status));
        Assert.Equal([(bool?)true, true, true], bot.Results.Results.Select(r => r.Solved));
        Assert.Equal([null, 2, 2], bot.Results.Results.Select(r => r.Rating));
    }

    [Fact]
    public async Task A_good_rating_first_then_a_clicked_yes_closes_and_the_comment_can_be_skipped()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("ja");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();

        await bot.SayAsync(complaint, "４つ星です");
        Assert.Equal(ComplaintStatus.Resolved, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
        Assert.Contains("問題は解決しましたか？", LastText(bot.Channel), StringComparison.Ordinal);

        var yes = Buttons(LastBody(bot.Channel))[0];
        await bot.ClickAsync(complaint, yes.GetProperty("text").GetString(), yes.GetProperty("value").GetRawText());
        Assert.Equal(ComplaintStatus.Closed, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
        var skip = Assert.Single(Buttons(LastBody(bot.Channel)));
        await bot.ClickAsync(complaint, skip.GetProperty("text").GetString(), skip.GetProperty("value").GetRawText());

        var result = await bot.CheckIns.FindResultAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None);
        Assert.Equal((true, 4, (string?)null, CheckInStatus.Answered), (result!.Solved, result.Rating, result.Comment, result.Status));
        Assert.Equal(2, bot.Results.Results.Count);
    }

    [Fact]
    public async Task In_Teams_the_check_in_is_an_adaptive_card_and_its_submit_records_every_part_at_once()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en", channelId: "msteams");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();
        var card = Assert.Single(LastBody(bot.Channel).GetProperty("attachments").EnumerateArray());
        Assert.Equal(CheckInMessages.AdaptiveCardContentType, card.GetProperty("contentType").GetString());
        var data = card.GetProperty("content").GetProperty("actions")[0].GetProperty("data");
        Assert.Equal(CheckInHost.CheckInIdOf(complaint), data.GetProperty("checkInId").GetString());

        await bot.ClickAsync(complaint, null, $$"""{"checkInId":"{{CheckInHost.CheckInIdOf(complaint)}}","solved":"no","rating":"3","comment":"Still cracked."}""");

        var stored = await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None);
        Assert.Equal(ComplaintStatus.Reopened, stored!.Status);
        var result = await bot.CheckIns.FindResultAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None);
        Assert.Equal((false, 3, "Still cracked.", CheckInStatus.Answered), (result!.Solved, result.Rating, result.Comment, result.Status));
        Assert.Equal("Thank you, we've passed that on to the team.", LastText(bot.Channel));
        Assert.DoesNotContain(Texts(bot.Channel), text => text.StartsWith("Is there anything else", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_the_middle_of_a_new_complaint_a_typed_yes_stays_with_the_intake_and_a_click_still_answers_the_check_in()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();
        var yes = Buttons(LastBody(bot.Channel))[0];

        await bot.SayAsync(complaint, "hello");
        var beforeYes = bot.Channel.Requests.Count;
        await bot.SayAsync(complaint, "yes");

        Assert.True(bot.Channel.Requests.Count > beforeYes, "The intake did not answer.");
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
        Assert.Null((await bot.CheckIns.FindResultAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None))!.Solved);
        Assert.Equal(ComplaintStatus.Resolved, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);

        await bot.ClickAsync(complaint, yes.GetProperty("text").GetString(), yes.GetProperty("value").GetRawText());

        Assert.Equal(ComplaintStatus.Closed, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
        Assert.Equal(true, (await bot.CheckIns.FindResultAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None))!.Solved);
    }

    [Fact]
    public async Task A_second_click_on_the_same_button_records_nothing_more()
    {
        await using var bot = await CheckInHost.StartAsync();
        var first = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        await bot.SendDueAsync();
        var no = Buttons(LastBody(bot.Channel))[1];

        await bot.ClickAsync(first, "No", no.GetProperty("value").GetRawText());

        Assert.Equal(ComplaintStatus.Reopened, (await bot.Complaints.FindAsync(first.Reference, CancellationToken.None))!.Status);
        await bot.ClickAsync(first, "No", no.GetProperty("value").GetRawText());
        Assert.Single(bot.Results.Results);
    }

    [Fact]
    public async Task CheckIn_ChannelAnswers403_IsUndeliverableReportedAndNotRetried()
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
        var reported = Assert.Single(bot.Results.Results);
        Assert.Equal((CheckInStatus.Undeliverable, complaint.Reference), (reported.Status, reported.ComplaintReference));
    }

    [Fact]
    public async Task CheckIn_ChannelAnswers429WithRetryAfter_ThenIsSentOnce()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        bot.Channel.Enqueue(HttpStatusCode.TooManyRequests, headers: new Dictionary<string, string> { ["Retry-After"] = "2" });
        bot.Time.Advance(TimeSpan.FromHours(24));

        var round = bot.SendDueAsync();
        Assert.True(SpinWait.SpinUntil(() =>
        {
            bot.Time.Advance(TimeSpan.FromMilliseconds(500));
            return round.IsCompleted;
        }, TimeSpan.FromSeconds(30)));

        Assert.Equal(1, await round);
        Assert.Equal(2, bot.Channel.Requests.Count);
        Assert.Single(bot.Channel.Requests.Select(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("id").GetString()).Distinct());
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
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
    public async Task An_instance_killed_after_claiming_and_sending_leaves_it_to_the_next_which_sends_it_once_with_the_same_id()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en");
        var other = await bot.ResolveAsync("en");
        bot.Time.Advance(TimeSpan.FromHours(24));
        var now = bot.Time.GetUtcNow();
        var claimed = await bot.CheckIns.ClaimDueAsync("killed-instance", now, now + TimeSpan.FromMinutes(2), 10, CancellationToken.None);
        Assert.Equal(2, claimed.Count);
        // The killed instance's send of the first reached the channel; it died before recording either.
        var id = CheckInHost.CheckInIdOf(complaint);
        await CheckInMessages.InLanguageAsync("en", () => bot.Services.GetRequiredService<CheckInDelivery>().SendAsync(
            complaint, id, CheckInMessages.Question(complaint, id), CheckInActivityIds.For(id, CheckInActivityIds.Question), CancellationToken.None));

        var restarted = ActivatorUtilities.CreateInstance<CheckInSender>(bot.Services);
        Assert.Equal(0, await restarted.SendDueAsync(CancellationToken.None));
        bot.Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(2, await restarted.SendDueAsync(CancellationToken.None));
        Assert.Equal(0, await restarted.SendDueAsync(CancellationToken.None));

        var ids = bot.Channel.Requests.Select(request => JsonDocument.Parse(request.Body).RootElement.GetProperty("id").GetString()).ToList();
        Assert.Equal(3, ids.Count);
        Assert.Equal(2, ids.Distinct().Count());
        Assert.Equal(2, ids.Count(shown => shown == CheckInActivityIds.For(id, CheckInActivityIds.Question)));
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, other));
    }

    [Fact]
    public async Task In_Teams_a_conversation_that_is_gone_gets_a_new_one_to_one_chat_in_the_customers_tenant()
    {
        await using var bot = await CheckInHost.StartAsync();
        var complaint = await bot.ResolveAsync("en", channelId: "msteams");
        bot.Channel.Enqueue(HttpStatusCode.NotFound, """{"error":{"code":"ConversationNotFound","message":"gone"}}""");
        bot.Time.Advance(TimeSpan.FromHours(24));

        Assert.Equal(1, await bot.SendDueAsync());

        var requests = bot.Channel.Requests;
        Assert.Equal(3, requests.Count);
        Assert.Equal("/v3/conversations", requests[1].RawTarget);
        using var create = JsonDocument.Parse(requests[1].Body);
        Assert.Equal(complaint.Conversation.User!.Id, create.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", create.RootElement.GetProperty("tenantId").GetString());
        Assert.Equal("tenant-1", create.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal("/v3/conversations/stub-1/activities", requests[2].RawTarget);
        var stored = await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None);
        Assert.Equal("stub-1", stored!.Conversation.Conversation!.Id);
        Assert.Equal(CheckInStatus.Sent, await StatusOfAsync(bot, complaint));

        await bot.SayAsync(complaint, "yes");
        Assert.Equal(ComplaintStatus.Closed, (await bot.Complaints.FindAsync(complaint.Reference, CancellationToken.None))!.Status);
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
        bot.CheckIns.FindStatusAsync(CheckInHost.CheckInIdOf(complaint), CancellationToken.None);

    private static JsonElement LastBody(StubChannel channel) => JsonDocument.Parse(channel.Requests[^1].Body).RootElement;

    private static List<JsonElement> Buttons(JsonElement activity) =>
        [.. activity.GetProperty("suggestedActions").GetProperty("actions").EnumerateArray()];

    private static string LastText(StubChannel channel) => LastBody(channel).GetProperty("text").GetString()!;

    private static List<string> Texts(StubChannel channel) =>
        [.. channel.Requests.Select(request => JsonDocument.Parse(request.Body).RootElement)
            .Where(body => body.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
            .Select(body => body.GetProperty("text").GetString()!)];
}
