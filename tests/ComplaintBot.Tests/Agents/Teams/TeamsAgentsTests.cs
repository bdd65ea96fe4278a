using System.Text.Json;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Agents.Relay;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents.Teams;

public sealed class TeamsAgentsTests(TeamsAgentsHost bot) : IClassFixture<TeamsAgentsHost>
{
    [Fact]
    public async Task A_web_chat_escalation_is_posted_to_the_agents_channel_as_a_card_with_the_packet_and_an_Accept_action()
    {
        var customer = new CustomerConversation();

        var complaint = await bot.EscalateAsync(customer);

        var card = bot.CardFor(complaint);
        var post = JsonDocument.Parse(bot.Teams.Requests.First(r => r.RawTarget == "/v3/conversations" && r.Body.Contains(complaint.Reference, StringComparison.Ordinal)).Body).RootElement;
        Assert.Equal(TeamsAgentsHost.AgentsChannelId, post.GetProperty("channelData").GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(TeamsAgentsHost.TenantId, post.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        Assert.Equal(TeamsAgentsHost.TenantId, post.GetProperty("tenantId").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", post.GetProperty("activity").GetProperty("attachments")[0].GetProperty("contentType").GetString());
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        var text = CardText(card);
        Assert.Contains("Reference: " + complaint.Reference, text, StringComparison.Ordinal);
        Assert.Contains("Reason: Asked for a person", text, StringComparison.Ordinal);
        Assert.Contains("Signals: asked for a person", text, StringComparison.Ordinal);
        Assert.Contains("Language: English (en)", text, StringComparison.Ordinal);
        Assert.Contains("Mood: ", text, StringComparison.Ordinal);
        Assert.Contains("Flags: ", text, StringComparison.Ordinal);
        Assert.Contains("Customer: I want to talk to a human", text, StringComparison.Ordinal);
        var accept = card.GetProperty("actions")[0];
        Assert.Equal("Action.Submit", accept.GetProperty("type").GetString());
        Assert.Equal("Accept", accept.GetProperty("title").GetString());
        Assert.Equal("accept", accept.GetProperty("data").GetProperty("action").GetString());
        var ticket = await Host<IHandoffStore>().FindActiveAsync(ConversationKeys.Of(complaint.Conversation), CancellationToken.None);
        Assert.Equal(ticket!.Id, accept.GetProperty("data").GetProperty("handoffId").GetString());
    }

    [Fact]
    public async Task With_no_web_console_open_a_linked_Teams_agent_means_the_customer_is_not_told_that_nobody_is_there()
    {
        var customer = new CustomerConversation();

        var complaint = await bot.EscalateAsync(customer);

        Assert.DoesNotContain(bot.CustomerTexts(customer), t => t.Contains("no one from our team is available", StringComparison.Ordinal));
        Assert.NotEqual(ComplaintPriority.Urgent, (await Host<IComplaintStore>().FindAsync(complaint.Reference, CancellationToken.None))!.Priority);
    }

    [Fact]
    public async Task A_Teams_customer_who_is_not_an_agent_goes_through_the_intake_and_their_escalation_is_posted()
    {
        var customer = new CustomerConversation("msteams");

        var complaint = await bot.EscalateAsync(customer);

        Assert.Equal("msteams", complaint.Customer.ChannelId);
        Assert.Contains(complaint.Reference, CardText(bot.CardFor(complaint)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Teams_user_who_is_not_a_linked_agent_is_refused_politely_and_the_handoff_keeps_waiting()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        var card = bot.CardFor(complaint);
        var stranger = Guid.NewGuid().ToString();

        await bot.PressAcceptAsync(card, stranger, "Sam Stranger");

        var refusal = bot.TeamsTextsIn(TeamsAgentsHost.AgentsChannelId + ";messageid=1700000000000");
        Assert.Contains(refusal, t => t.StartsWith("Sorry Sam Stranger, your Teams account is not linked to an agent account", StringComparison.Ordinal));
        var ticket = await Host<IHandoffStore>().FindActiveAsync(ConversationKeys.Of(complaint.Conversation), CancellationToken.None);
        Assert.Equal(HandoffStatus.Waiting, ticket!.Status);
        Assert.DoesNotContain(bot.CustomerTexts(customer), t => t.Contains("has joined", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_linked_agent_accepts_in_Teams_talks_with_the_customer_both_ways_notes_and_resolves()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        var card = bot.CardFor(complaint);

        await bot.PressAcceptAsync(card, TeamsAgentsHost.MinaObjectId, "Mina Park");

        // The card now says who took it, and has no Accept any more.
        var updated = bot.CardUpdateSaying(complaint, "Accepted by Mina Park");
        Assert.False(updated.TryGetProperty("actions", out _));
        // The customer is told, in their language, that a named person joined.
        Assert.Contains(CustomerChannel.Localize("en", "AgentJoined", "Mina Park"), bot.CustomerTexts(customer));
        // The bot opened Mina's 1:1 chat (members = Mina, the tenant) and briefed her with the transcript.
        var open = JsonDocument.Parse(bot.Teams.Requests.Last(r => r.RawTarget == "/v3/conversations" && r.Body.Contains("\"isGroup\":false", StringComparison.Ordinal)).Body).RootElement;
        Assert.Equal("29:" + TeamsAgentsHost.MinaObjectId, open.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal(TeamsAgentsHost.TenantId, open.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
        var chat = await bot.ChatOfAsync(TeamsAgentsHost.MinaObjectId);
        var brief = Assert.Single(bot.TeamsTextsIn(chat));
        Assert.Contains($"You now hold {complaint.Reference}", brief, StringComparison.Ordinal);
        Assert.Contains("Customer: My parcel from order 55120 has not arrived for a week.", brief, StringComparison.Ordinal);
        Assert.Contains("Customer: I want to talk to a human", brief, StringComparison.Ordinal);

        // Mina writes in her chat: the customer receives it.
        await bot.AgentSaysAsync(chat, TeamsAgentsHost.MinaObjectId, "Hello, I am looking at your parcel now.");
        Assert.Contains("Hello, I am looking at your parcel now.", bot.CustomerTexts(customer));

        // The customer answers: Mina's chat receives it, the bot stays quiet.
        var customerTextsBefore = bot.CustomerTexts(customer).Count;
        await bot.CustomerSaysAsync(customer, "Thank you, it is order 55120.");
        Assert.Contains($"[{complaint.Reference}] Customer: Thank you, it is order 55120.", bot.TeamsTextsIn(chat));
        Assert.Equal(customerTextsBefore, bot.CustomerTexts(customer).Count);

        await bot.AgentSaysAsync(chat, TeamsAgentsHost.MinaObjectId, "/note Courier lost it; sending a replacement.");
        Assert.Contains($"Note added to {complaint.Reference}.", bot.TeamsTextsIn(chat));
        Assert.Contains((await bot.StoredAsync(complaint.Reference))!.History, h => h.Actor == "Mina Park" && h.Note == "Courier lost it; sending a replacement.");

        await bot.AgentSaysAsync(chat, TeamsAgentsHost.MinaObjectId, "/resolve Sent a replacement by express courier.");

        var resolved = (await bot.StoredAsync(complaint.Reference))!;
        Assert.Equal(ComplaintStatus.Resolved, resolved.Status);
        Assert.Equal("Sent a replacement by express courier.", resolved.Resolution);
        Assert.Equal("Mina Park", resolved.History[^1].Actor);
        Assert.Contains(CustomerChannel.Localize("en", "ResolvedByAgent", "Sent a replacement by express courier."), bot.CustomerTexts(customer));
        Assert.Contains($"{complaint.Reference} is resolved; the customer was told what was done.", bot.TeamsTextsIn(chat));
        Assert.Contains("Resolved by Mina Park", CardText(bot.CardUpdateSaying(complaint, "Resolved by Mina Park")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agent_hands_a_conversation_back_to_the_bot_from_Teams_and_the_bot_answers_again()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        await bot.PressAcceptAsync(bot.CardFor(complaint), TeamsAgentsHost.AnaObjectId, "Ana Novak");
        var chat = await bot.ChatOfAsync(TeamsAgentsHost.AnaObjectId);

        await bot.AgentSaysAsync(chat, TeamsAgentsHost.AnaObjectId, "/handback");

        Assert.Contains($"{complaint.Reference} is back with the bot.", bot.TeamsTextsIn(chat));
        Assert.Contains(CustomerChannel.Localize("en", "AgentReturnedToBot"), bot.CustomerTexts(customer));
        Assert.Null(await Host<IHandoffStore>().FindActiveAsync(ConversationKeys.Of(complaint.Conversation), CancellationToken.None));
        var before = bot.CustomerTexts(customer).Count;
        await bot.CustomerSaysAsync(customer, "What is the status of my complaint?");
        Assert.True(bot.CustomerTexts(customer).Count > before, "The bot did not answer after the hand-back.");
    }

    [Fact]
    public async Task Queue_lists_waiting_handoffs_and_accept_by_reference_takes_one_from_the_chat()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        _ = bot.CardFor(complaint);
        const string chat = "a:ana-chat-" + "queue";

        await bot.AgentSaysAsync(chat, TeamsAgentsHost.AnaObjectId, "/queue");
        Assert.Contains(bot.TeamsTextsIn(chat), t => t.Contains(complaint.Reference + " - waiting", StringComparison.Ordinal));

        await bot.AgentSaysAsync(chat, TeamsAgentsHost.AnaObjectId, "/accept " + complaint.Reference.ToLowerInvariant());

        Assert.Contains(bot.TeamsTextsIn(chat), t => t.StartsWith($"You now hold {complaint.Reference}", StringComparison.Ordinal));
        Assert.Contains(CustomerChannel.Localize("en", "AgentJoined", "Ana Novak"), bot.CustomerTexts(customer));
        await bot.AgentSaysAsync(chat, TeamsAgentsHost.AnaObjectId, "/help");
        Assert.Contains(bot.TeamsTextsIn(chat), t => t.Contains("/resolve <what was done>", StringComparison.Ordinal));
        await bot.AgentSaysAsync(chat, TeamsAgentsHost.AnaObjectId, "/handback");
    }

    [Fact]
    public async Task An_agent_transfers_from_Teams_and_the_new_holder_is_briefed_in_their_own_chat()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        const string AnasChat = "a:ana-chat-transfer";
        await bot.AgentSaysAsync(AnasChat, TeamsAgentsHost.AnaObjectId, "/help");
        await bot.PressAcceptAsync(bot.CardFor(complaint), TeamsAgentsHost.MinaObjectId, "Mina Park");
        var minasChat = await bot.ChatOfAsync(TeamsAgentsHost.MinaObjectId);

        await bot.AgentSaysAsync(minasChat, TeamsAgentsHost.MinaObjectId, "/transfer Ana Novak");

        Assert.Contains($"{complaint.Reference} is now with Ana Novak.", bot.TeamsTextsIn(minasChat));
        Assert.Contains(CustomerChannel.Localize("en", "AgentTransferred", "Ana Novak"), bot.CustomerTexts(customer));
        Assert.Contains(bot.TeamsTextsIn(AnasChat), t => t.StartsWith($"Mina Park passed {complaint.Reference} to you", StringComparison.Ordinal));
        await bot.CustomerSaysAsync(customer, "Hello?");
        Assert.Contains($"[{complaint.Reference}] Customer: Hello?", bot.TeamsTextsIn(AnasChat));
        await bot.AgentSaysAsync(AnasChat, TeamsAgentsHost.AnaObjectId, "I have it now.");
        Assert.Contains("I have it now.", bot.CustomerTexts(customer));
        await bot.AgentSaysAsync(minasChat, TeamsAgentsHost.MinaObjectId, "Still there?");
        Assert.DoesNotContain("Still there?", bot.CustomerTexts(customer));
        await bot.AgentSaysAsync(AnasChat, TeamsAgentsHost.AnaObjectId, "/handback");
    }

    [Theory]
    [InlineData(TeamsAgentsHost.AgentsChannelId + ";messageid=1700000000001")]
    [InlineData("19:another-channel@thread.tacv2;messageid=1700000000002")]
    public async Task Words_in_a_team_channel_never_reach_the_complaint_intake(string conversationId)
    {
        var stranger = Guid.NewGuid().ToString();

        await bot.TeamsChannelSaysAsync(conversationId, stranger, "<at>ComplaintBot</at> My parcel is late and I am furious, I want a person!");

        Assert.Contains(bot.TeamsTextsIn(conversationId), t => t.StartsWith("I post handoffs here.", StringComparison.Ordinal));
        Assert.Empty(await Host<IComplaintStore>().ListAsync(new ComplaintQuery { Customer = ("msteams", "29:" + stranger), Limit = 5 }, CancellationToken.None));
    }

    [Fact]
    public async Task A_handoff_taken_in_the_web_console_shows_on_its_Teams_card_and_the_card_then_refuses_another_Accept()
    {
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer);
        var card = bot.CardFor(complaint);
        var handoffId = card.GetProperty("actions")[0].GetProperty("data").GetProperty("handoffId").GetString();
        using var kenji = await AgentClient.SignInAsync(bot.Host.Address, "Kenji Sato", TeamsAgentsHost.Password);

        await kenji.PostOkAsync($"/agent/api/handoffs/{handoffId}/accept");

        Assert.False(bot.CardUpdateSaying(complaint, "Accepted by Kenji Sato").TryGetProperty("actions", out _));
        await bot.PressAcceptAsync(card, TeamsAgentsHost.MinaObjectId, "Mina Park");
        Assert.Contains("Mina Park: Kenji Sato has already taken this handoff.", bot.TeamsTextsIn(TeamsAgentsHost.AgentsChannelId + ";messageid=1700000000000"));
        await kenji.PostOkAsync($"/agent/api/handoffs/{handoffId}/hand-back");
    }

    [Fact]
    public async Task Script_and_markdown_in_the_complaint_stay_plain_text_in_a_card_that_is_valid_JSON()
    {
        const string Story = "My parcel **never** came [click](javascript:alert(1)) <script>alert(\"x\")</script> \"}]} {{DATE(2017-02-14T06:08:39Z, SHORT)}} \\n";
        var customer = new CustomerConversation();
        var complaint = await bot.EscalateAsync(customer, Story);

        var card = bot.CardFor(complaint);

        var runs = card.GetProperty("body").EnumerateArray()
            .Where(e => e.GetProperty("type").GetString() == "RichTextBlock")
            .SelectMany(e => e.GetProperty("inlines").EnumerateArray())
            .Select(r => r.GetProperty("text").GetString()!)
            .ToList();
        Assert.Contains(Story.Replace("{{", "{\u200B{", StringComparison.Ordinal), runs);
        Assert.All(
            card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "TextBlock"),
            block => Assert.DoesNotContain("script", block.GetProperty("text").GetString()!, StringComparison.Ordinal));
        Assert.All(
            card.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "RichTextBlock").SelectMany(e => e.GetProperty("inlines").EnumerateArray()),
            run => Assert.Equal("TextRun", run.GetProperty("type").GetString()));
    }

    [Fact]
    public async Task Link_command_refuses_an_unknown_agent_a_bad_object_id_and_a_Teams_user_linked_to_someone_else()
    {
        Assert.Equal(1, await bot.RunAsync("agents", "link-teams", "Nobody", Guid.NewGuid().ToString()));
        Assert.Equal(2, await bot.RunAsync("agents", "link-teams", "Kenji Sato", "not-a-guid"));
        Assert.Equal(1, await bot.RunAsync("agents", "link-teams", "Kenji Sato", TeamsAgentsHost.MinaObjectId));
        Assert.Equal(2, await bot.RunAsync("agents", "link-teams", "Kenji Sato"));
        Assert.Equal(0, await bot.RunAsync("agents", "unlink-teams", "Kenji Sato"));
    }

    private T Host<T>()
        where T : notnull => bot.Host.Services.GetRequiredService<T>();

    /// <summary>Every text of a card, one element per line ("Label: value").</summary>
    private static string CardText(JsonElement card)
        => string.Join('\n', card.GetProperty("body").EnumerateArray().Select(e => e.GetProperty("type").GetString() switch
        {
            "RichTextBlock" => string.Concat(e.GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString())),
            _ => e.GetProperty("text").GetString(),
        }));
}
