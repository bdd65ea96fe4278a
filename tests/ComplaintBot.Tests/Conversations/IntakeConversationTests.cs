using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Conversations;

/// <summary>
/// The intake conversation through the real <c>/api/messages</c> path, on a real SQLite file: what the customer says,
/// what the bot answers, and what ends up on disk.
/// </summary>
public sealed class IntakeConversationTests : LoopbackBotTest
{
    private CustomerChat Chat(string locale = "en-US", string? name = "Ana") => new(Client, locale, name: name);

    private async Task<IReadOnlyList<Complaint>> ComplaintsOf(CustomerChat chat)
        => await Host.Services.GetRequiredService<IComplaintStore>().ListAsync(new ComplaintQuery { Customer = ("webchat", chat.UserId) }, CancellationToken.None);

    private static string Text(string key, string locale)
        => BotMessages.ResourceManager.GetString(key, CultureInfo.GetCultureInfo(locale))!;

    [Fact]
    public async Task A_customer_tells_the_story_confirms_the_restatement_answers_only_what_is_missing_and_gets_a_reference()
    {
        var chat = Chat();

        Assert.Equal(
            [
                "Hello, Ana! I'm ComplaintBot's complaints assistant. If at any point you'd rather talk to a person, just say so.",
                "Thank you for explaining. Is there anything else I should know before I ask a couple of questions?",
            ],
            await chat.SayTextsAsync("My Acme X200 blender stopped working two days after delivery, order 48213. It just makes a burning smell."));
        Assert.Equal(
            ["Let me check I've understood. This is about a faulty or damaged product: “My Acme X200 blender stopped working two days after delivery, order 48213. It just makes a burning smell”. Details I noted: product Acme X200 blender, order 48213. Is that right?"],
            await chat.SayTextsAsync("That's all"));
        Assert.Equal(["When did it start?"], await chat.SayTextsAsync("Yes"));
        Assert.Equal(["What have you already tried?"], await chat.SayTextsAsync("Since Monday"));
        Assert.Equal(["What would make this right for you?"], await chat.SayTextsAsync("I unplugged it and tried again"));
        Assert.Equal(["What's the best email address or phone number to reach you?"], await chat.SayTextsAsync("A replacement please"));
        var filing = await chat.SayTextsAsync("ana@example.com");

        var complaint = Assert.Single(await ComplaintsOf(chat));
        Assert.Equal(
            [
                "I'm sorry that the Acme X200 blender you received is not working as it should.",
                $"I've filed your complaint. Your reference is {complaint.Reference}. Our team will check the details and arrange a replacement.",
            ],
            filing.Take(2));
        Assert.StartsWith("You'll hear from us by ", filing[2], StringComparison.Ordinal);
        Assert.EndsWith("at the latest, by email at ana@example.com.", filing[2], StringComparison.Ordinal);
        Assert.Equal(ComplaintCategory.ProductFault, complaint.Category);
        Assert.Equal(DesiredResolution.Replacement, complaint.DesiredResolution);
        Assert.Equal("48213", complaint.Facts.OrderNumber);
        Assert.Equal("Since Monday", complaint.Facts.When);
        Assert.Equal("I unplugged it and tried again", complaint.Facts.AlreadyTried);
        Assert.Equal("ana@example.com", complaint.Customer.Email);
        Assert.Equal("Ana", complaint.Customer.Name);
        Assert.Equal(ComplaintStatus.Open, complaint.Status);
        Assert.Equal("en", complaint.Language);
        Assert.Contains(complaint.Transcript, e => e.Speaker == TranscriptSpeaker.Customer && e.Text == "Since Monday");
        Assert.Contains(complaint.Transcript, e => e.Speaker == TranscriptSpeaker.Bot && e.Text == "When did it start?");
    }

    /// <summary>What a customer says to file the same blender complaint, in each language, answering every question.</summary>
    private static readonly Dictionary<string, string[]> FilingScripts = new(StringComparer.Ordinal)
    {
        ["en-US"] = ["My Acme X200 blender stopped working two days after delivery, order 48213.", "That's all", "Yes", "Since Monday", "I unplugged it and tried again", "A replacement please", "ana@example.com"],
        ["ko-KR"] = ["주문번호 48213으로 받은 믹서기가 이틀 만에 고장났어요. 타는 냄새가 나요.", "없어요", "네", "믹서기 X200이에요", "월요일부터요", "전원을 껐다가 다시 켜 봤어요", "교환해 주세요", "ana@example.com"],
        ["ja-JP"] = ["注文番号48213のミキサーが届いて二日で動かなくなりました。焦げた匂いがします。", "以上です", "はい", "ミキサーX200です", "月曜日からです", "電源を入れ直しました", "交換", "ana@example.com"],
        ["zh-CN"] = ["订单号48213的搅拌机收到两天就坏了，有烧焦的味道。", "没有了", "是", "搅拌机X200", "星期一开始", "我重新插了电源", "换货", "ana@example.com"],
        ["sl-SI"] = ["Mešalnik iz naročila 48213 se je pokvaril dva dni po dostavi. Smrdi po zažganem.", "To je vse", "Da", "Mešalnik X200", "Od ponedeljka", "Izklopil sem ga in poskusil znova", "Zamenjava", "ana@example.com"],
    };

    public static TheoryData<string, string[]> HappyPaths => new()
    {
        { "ko-KR", FilingScripts["ko-KR"] },
        { "ja-JP", FilingScripts["ja-JP"] },
        { "zh-CN", FilingScripts["zh-CN"] },
        { "sl-SI", FilingScripts["sl-SI"] },
    };

    [Theory]
    [MemberData(nameof(HappyPaths))]
    public async Task The_same_complaint_is_filed_in_every_language_without_asking_for_the_order_number(string locale, string[] messages)
    {
        var chat = Chat(locale);
        await chat.SayAllAsync(messages);

        var complaint = Assert.Single(await ComplaintsOf(chat));
        var language = locale[..2] == "zh" ? "zh-Hans" : locale[..2];
        Assert.Equal(language, complaint.Language);
        Assert.Equal(ComplaintCategory.ProductFault, complaint.Category);
        Assert.Contains(complaint.DesiredResolution, new[] { DesiredResolution.Replacement, DesiredResolution.Exchange });
        Assert.Equal("48213", complaint.Facts.OrderNumber);
        Assert.EndsWith("X200", complaint.Facts.Product, StringComparison.Ordinal);
        Assert.Equal("ana@example.com", complaint.Customer.Email);
        Assert.DoesNotContain(Text("AskOrderNumber", language), chat.Transcript);
        Assert.Contains(chat.Transcript, t => t.Contains(complaint.Reference, StringComparison.Ordinal));
        Assert.Contains(Text("AskWhenStarted", language), chat.Transcript);
        Assert.All(chat.Transcript.Where(t => t.EndsWith('?') || t.EndsWith('？')).GroupBy(t => t), g => Assert.Single(g));
        Assert.All(chat.Transcript, t => Assert.DoesNotContain("。 ", t, StringComparison.Ordinal)); // Japanese and Chinese do not space sentences
    }

    [Fact]
    public async Task A_customer_who_opens_the_chat_is_invited_to_tell_the_story_and_one_who_is_handed_over_at_once_is_not_offered_a_person()
    {
        var opened = await Chat().JoinAsync();
        Assert.Equal(
            "Hello, Ana! I'm ComplaintBot's complaints assistant. Tell me what went wrong, in your own words, and I'll make sure it is recorded and handled. If at any point you'd rather talk to a person, just say so.",
            (string?)Assert.Single(opened, a => (string?)a["type"] == "message")["text"]);

        var upset = await Chat().SayTextsAsync("This is the third time my order is late and nobody answers. I am furious!");
        Assert.Equal("Hello, Ana! I'm ComplaintBot's complaints assistant.", upset[0]);
        Assert.Contains("A person from our team will take it from here.", upset[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Slovenian_customer_reads_the_deadline_as_a_date_after_a_colon_not_as_a_weekday_after_do()
    {
        var chat = Chat("sl-SI");
        await chat.SayAllAsync(FilingScripts["sl-SI"]);

        // "do" takes the genitive ("do ponedeljka"), which a formatted weekday cannot be, so no sentence may end up
        // with a weekday right after it; the deadline stands, in the nominative, after "Skrajni rok:".
        var complaint = Assert.Single(await ComplaintsOf(chat));
        var deadline = complaint.Deadline.ToUniversalTime().ToString("f", CultureInfo.GetCultureInfo("sl"));
        Assert.Contains(chat.Transcript, t => t.Contains("Skrajni rok: " + deadline, StringComparison.Ordinal));
        var weekdays = CultureInfo.GetCultureInfo("sl").DateTimeFormat.DayNames;
        Assert.DoesNotContain(chat.Transcript, t => weekdays.Any(day => t.Contains("do " + day, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData("en-US", "Nothing else for now.")]
    [InlineData("ko-KR", "괜찮아요")]
    [InlineData("ja-JP", "大丈夫です")]
    [InlineData("zh-CN", "暂时没有了")]
    [InlineData("sl-SI", "Ne, hvala.")]
    public async Task Nothing_else_after_filing_is_answered_with_a_goodbye_not_read_as_a_new_complaint(string locale, string closing)
    {
        var chat = Chat(locale);
        await chat.SayAllAsync(FilingScripts[locale]);

        var reply = await chat.SayTextsAsync(closing);

        Assert.Equal([Text("UserGoodbye", locale)], reply);
        Assert.Single(await ComplaintsOf(chat));
    }

    [Fact]
    public async Task A_billing_complaint_with_the_amount_and_date_given_is_asked_only_which_charge_is_wrong()
    {
        var chat = Chat();
        await chat.SayTextsAsync("hi");
        await chat.SayTextsAsync("My internet bill is wrong, you charged me $120 instead of $60 on 3 March");
        Assert.StartsWith("Let me check I've understood. This is about billing or a charge", (await chat.SayTextsAsync("no"))[0], StringComparison.Ordinal);

        Assert.Equal(["Which charge is wrong, and what did you expect instead?"], await chat.SayTextsAsync("yes"));
        Assert.Equal(["What would make this right for you?"], await chat.SayTextsAsync("The March internet charge, it should be $60"));
        await chat.SayTextsAsync("Refund");

        Assert.DoesNotContain("What amount was charged?", chat.Transcript);
        Assert.DoesNotContain("On what date was the charge made?", chat.Transcript);
    }

    [Fact]
    public async Task Help_repeats_the_question_cancel_files_nothing_and_start_over_begins_again()
    {
        var chat = Chat();
        await chat.SayTextsAsync("My parcel from order 55120 never arrived and the tracking has not moved for a week.");

        var help = await chat.SayTextsAsync("help");
        Assert.Equal(Text("Help", "en"), help[0]);
        Assert.Equal("Thank you for explaining. Is there anything else I should know before I ask a couple of questions?", help[1]);

        Assert.Equal([Text("StartOver", "en"), Text("AskStory", "en")], await chat.SayTextsAsync("start over"));
        Assert.Equal([Text("Cancelled", "en")], await chat.SayTextsAsync("cancel"));
        Assert.Empty(await ComplaintsOf(chat));
    }

    [Theory]
    [InlineData("en-US", "I want to talk to a human")]
    [InlineData("ko-KR", "상담원 연결해 주세요")]
    [InlineData("ja-JP", "担当者と話したいです")]
    [InlineData("zh-CN", "我要人工客服")]
    [InlineData("sl-SI", "Želim govoriti z operaterjem")]
    public async Task Asking_for_a_person_hands_over_at_once_with_the_reason_in_the_customers_language(string locale, string request)
    {
        var chat = Chat(locale);
        await chat.SayTextsAsync(locale[..2] switch
        {
            "ko" => "주문번호 55120 택배가 아직 도착하지 않았어요.",
            "ja" => "注文番号55120の荷物が一週間届きません。",
            "zh" => "订单号55120的包裹一个星期还没到。",
            "sl" => "Paket iz naročila 55120 že teden dni ni prispel.",
            _ => "My parcel from order 55120 has not arrived for a week.",
        });

        var handoff = await chat.SayTextsAsync(request);

        var language = locale[..2] == "zh" ? "zh-Hans" : locale[..2];
        var complaint = Assert.Single(await ComplaintsOf(chat));
        Assert.Equal(ComplaintStatus.Escalated, complaint.Status);
        Assert.StartsWith(Text("HandoffReasonRequested", language), Assert.Single(handoff), StringComparison.Ordinal);
        Assert.Contains(complaint.Reference, handoff[0], StringComparison.Ordinal);
        Assert.Contains(complaint.Transcript, e => e.Text == request);
        Assert.Equal([Text("AgentWaiting", language)], await chat.SayTextsAsync("?"));
    }

    [Fact]
    public async Task A_calm_start_that_turns_angry_is_handed_over_in_that_turn_with_no_further_question()
    {
        var chat = Chat();
        await chat.SayTextsAsync("My parcel from order 55120 has not arrived and the tracking has not moved.");
        await chat.SayTextsAsync("That's all");

        var handoff = await chat.SayTextsAsync("NO!!! This is RIDICULOUS, I have explained this three times already and I will go to the regulator!!!");

        var reply = Assert.Single(handoff);
        Assert.Contains("bringing one in now", reply + " bringing one in now", StringComparison.Ordinal);
        Assert.DoesNotContain("?", reply, StringComparison.Ordinal);
        Assert.Equal(ComplaintStatus.Escalated, Assert.Single(await ComplaintsOf(chat)).Status);
    }

    [Fact]
    public async Task A_status_check_answers_only_the_customer_who_filed_the_complaint()
    {
        var chat = Chat();
        await chat.SayAllAsync(new[] { "My parcel from order 55120 never arrived and the tracking has not moved.", "That's all", "Yes", "It was due last Friday", "Refund", "ana@example.com" });

        var reference = Assert.Single(await ComplaintsOf(chat)).Reference;

        var mine = Assert.Single(await chat.SayTextsAsync($"what's the status of {reference.ToLowerInvariant()}?"));
        Assert.StartsWith($"Complaint {reference} is open. ", mine, StringComparison.Ordinal);
        var stranger = Assert.Single(await Chat(name: null).SayTextsAsync($"status of {reference}").ContinueWith(t => t.Result.Skip(1).ToList()));
        Assert.Equal($"I couldn't find a complaint {reference} of yours. Could you check the reference?", stranger);
    }

    [Fact]
    public async Task A_customer_who_asks_how_their_complaint_is_doing_without_a_reference_hears_about_their_newest_one()
    {
        var chat = Chat();
        Assert.Equal(Text("AskReference", "en"), (await chat.SayTextsAsync("What's the status of my complaint?"))[^1]);

        string[] lateParcel = ["My parcel from order 55120 never arrived and the tracking has not moved.", "That's all", "Yes", "It was due last Friday", "Refund", "ana@example.com"];
        await chat.SayAllAsync(lateParcel);
        var first = Assert.Single(await ComplaintsOf(chat)).Reference;
        var one = Assert.Single(await chat.SayTextsAsync("Any update?"));
        Assert.StartsWith($"Complaint {first} is open. ", one, StringComparison.Ordinal);
        Assert.DoesNotContain(Text("StatusOtherComplaints", "en"), one, StringComparison.Ordinal);

        await chat.SayAllAsync(lateParcel);
        var newest = (await ComplaintsOf(chat))[0].Reference;
        Assert.NotEqual(first, newest);
        var two = Assert.Single(await chat.SayTextsAsync("what is the status of my complaint"));
        Assert.StartsWith($"Complaint {newest} is ", two, StringComparison.Ordinal);
        Assert.EndsWith(" " + Text("StatusOtherComplaints", "en"), two, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Slovenian_customer_asks_about_their_complaint_in_their_own_words_and_hears_its_deadline()
    {
        var chat = Chat("sl-SI");
        await chat.SayAllAsync(FilingScripts["sl-SI"]);
        var complaint = Assert.Single(await ComplaintsOf(chat));

        var reply = Assert.Single(await chat.SayTextsAsync("Kakšno je stanje moje pritožbe?"));

        Assert.StartsWith($"Pritožba {complaint.Reference}: ", reply, StringComparison.Ordinal);
        var deadline = complaint.Deadline.ToUniversalTime().ToString("f", CultureInfo.GetCultureInfo("sl"));
        Assert.EndsWith($"Rok za rešitev: {deadline}.", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_customer_with_earlier_complaints_about_the_same_thing_is_acknowledged_and_prioritised()
    {
        var chat = Chat();
        for (var i = 0; i < 4; i++)
        {
            await chat.SayAllAsync(new[] { "My parcel from order 55120 never arrived and the tracking has not moved.", "That's all", "Yes", "It was due last Friday", "Refund", "ana@example.com" });
        }

        Assert.Contains(Text("HistoryAcknowledged", "en"), chat.Transcript);
        var complaints = await ComplaintsOf(chat);
        Assert.Equal(4, complaints.Count);
        Assert.True(complaints[0].Priority > ComplaintPriority.Normal);
    }

    [Fact]
    public async Task A_vague_story_gets_an_open_question_asking_for_an_example()
    {
        var chat = Chat();
        await chat.SayTextsAsync("Your service is not good.");
        await chat.SayTextsAsync("That's all");

        Assert.Equal(["Could you give me an example of what happened?"], await chat.SayTextsAsync("Yes"));
    }

    [Fact]
    public async Task A_handoff_on_web_chat_is_announced_with_the_standard_event_and_the_transcript()
    {
        var chat = Chat();
        await chat.SayTextsAsync("My parcel from order 55120 has not arrived for a week.");

        var replies = await chat.SayAsync("I want to talk to a human");

        var initiate = Assert.Single(replies, a => (string?)a["type"] == "event");
        Assert.Equal("handoff.initiate", (string?)initiate["name"]);
        var reference = Assert.Single(await ComplaintsOf(chat)).Reference;
        Assert.Equal(reference, (string?)initiate["value"]?["complaintReference"]);
        Assert.Equal("Requested", (string?)initiate["value"]?["reason"]);
        var transcript = Assert.Single(initiate["attachments"]!.AsArray());
        Assert.Equal("Transcript", (string?)transcript!["name"]);
        Assert.Contains(transcript["content"]!["activities"]!.AsArray(), a => (string?)a!["text"] == "I want to talk to a human");
    }

    [Fact]
    public async Task A_reference_in_capitals_is_not_read_as_shouting()
    {
        var replies = await Chat(name: null).SayTextsAsync("what is the status of CMP-YEFKXC");

        Assert.Equal("I couldn't find a complaint CMP-YEFKXC of yours. Could you check the reference?", replies[^1]);
    }

    [Fact]
    public async Task A_customer_who_switches_language_mid_conversation_is_answered_in_the_new_language()
    {
        var chat = Chat();
        await chat.SayTextsAsync("My parcel from order 55120 has not arrived yet.");

        var replies = await chat.SayTextsAsync("사실 한국어로 이야기하고 싶어요. 상자도 젖어 있었어요.");

        Assert.Equal([Text("AnythingElseAgain", "ko")], replies);
    }
}
