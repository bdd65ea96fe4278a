using System.Globalization;
using System.Text.Json.Nodes;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Tests.Conversations;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents.Hub;

/// <summary>
/// A contact-centre hub answering the bot's <c>handoff.initiate</c> with <c>handoff.status</c> events, through the real
/// <c>/api/messages</c> path on a real SQLite file: what the customer sees, and what the handoff and complaint records say.
/// </summary>
public sealed class HandoffStatusTests : LoopbackBotTest
{
    private IHandoffStore Handoffs => Host.Services.GetRequiredService<IHandoffStore>();

    private IComplaintStore Complaints => Host.Services.GetRequiredService<IComplaintStore>();

    private static JsonObject Status(string state, string? message = null)
        => message is null ? new JsonObject { ["state"] = state } : new JsonObject { ["state"] = state, ["message"] = message };

    /// <summary>A customer who asks for a person: the bot files the complaint, queues the handoff and sends handoff.initiate.</summary>
    private async Task<(CustomerChat Chat, HandoffTicket Ticket)> EscalatedChatAsync(string locale = "en-US", string story = "My parcel from order 55120 has not arrived for a week.", string ask = "I want to talk to a human")
    {
        var chat = new CustomerChat(Client, locale, name: "Ana");
        await chat.SayTextsAsync(story);
        var replies = await chat.SayAsync(ask);
        Assert.Contains(replies, a => (string?)a["type"] == "event" && (string?)a["name"] == "handoff.initiate");
        var ticket = await Handoffs.FindActiveAsync($"webchat/{chat.ConversationId}", CancellationToken.None);
        Assert.NotNull(ticket);
        Assert.Equal(HandoffStatus.Waiting, ticket.Status);
        return (chat, ticket);
    }

    [Fact]
    public async Task Accepted_by_the_hub_the_handoff_is_held_by_a_hub_agent_and_the_complaint_is_in_progress()
    {
        var (chat, ticket) = await EscalatedChatAsync();

        var replies = await chat.HubEventAsync("handoff.status", Status("accepted"));

        Assert.Empty(replies);
        var held = await Handoffs.FindAsync(ticket.Id, CancellationToken.None);
        Assert.Equal(HandoffStatus.Accepted, held!.Status);
        Assert.Equal("hub:hub-agent-7", held.AgentId);
        Assert.Equal("Mika (contact centre)", held.AgentName);
        Assert.NotNull(held.AcceptedAt);
        var complaint = await Complaints.FindAsync(ticket.ComplaintReference, CancellationToken.None);
        Assert.Equal(ComplaintStatus.InProgress, complaint!.Status);
        var change = complaint.History[^1];
        Assert.Equal("Mika (contact centre)", change.Actor);
        Assert.Equal("A contact-centre agent took over the conversation.", change.Note);
    }

    [Fact]
    public async Task Failed_at_the_hub_the_handoff_is_back_in_the_queue_and_the_customer_is_told_the_call_back_deadline_in_their_language()
    {
        var (chat, ticket) = await EscalatedChatAsync("ja-JP", "注文した荷物がまだ届いていません。", "オペレーターにつないでください。");

        var replies = await chat.HubEventAsync("handoff.status", Status("failed", "No agents online in the Tokyo queue"));

        var complaint = await Complaints.FindAsync(ticket.ComplaintReference, CancellationToken.None);
        Assert.Equal(ComplaintPriority.Urgent, complaint!.Priority);
        var japanese = CultureInfo.GetCultureInfo("ja-JP");
        var expected = string.Format(japanese, BotMessages.ResourceManager.GetString(nameof(BotMessages.HandoffNoAgents), japanese)!, complaint.Deadline.ToUniversalTime().ToString("f", japanese));
        Assert.Equal([expected], replies.Select(a => (string?)a["text"]));
        Assert.Equal(expected, complaint.Transcript[^1].Text);
        Assert.Equal("The contact centre could not take the conversation; back in the queue, urgent. The hub said: No agents online in the Tokyo queue", complaint.History[^1].Note);
        var waiting = await Handoffs.FindActiveAsync(ticket.ConversationKey, CancellationToken.None);
        Assert.Equal(ticket.Id, waiting!.Id);
        Assert.Equal(HandoffStatus.Waiting, waiting.Status);
        Assert.Null(waiting.AgentId);
    }

    [Fact]
    public async Task Completed_by_the_hub_the_handoff_ends_and_the_history_says_so()
    {
        var (chat, ticket) = await EscalatedChatAsync();
        await chat.HubEventAsync("handoff.status", Status("accepted"));

        var replies = await chat.HubEventAsync("handoff.status", Status("completed"));

        Assert.Empty(replies);
        Assert.Null(await Handoffs.FindActiveAsync(ticket.ConversationKey, CancellationToken.None));
        Assert.Equal(HandoffStatus.Returned, (await Handoffs.FindAsync(ticket.Id, CancellationToken.None))!.Status);
        var complaint = await Complaints.FindAsync(ticket.ComplaintReference, CancellationToken.None);
        Assert.Equal(("Mika (contact centre)", "The contact centre finished the conversation."), (complaint!.History[^1].Actor, complaint.History[^1].Note));
    }

    [Theory]
    [InlineData("transferred")]
    [InlineData("")]
    public async Task A_status_with_a_state_the_protocol_does_not_define_is_ignored_and_nothing_is_written(string state)
    {
        var (chat, ticket) = await EscalatedChatAsync();
        var before = await Complaints.FindAsync(ticket.ComplaintReference, CancellationToken.None);

        var replies = await chat.HubEventAsync("handoff.status", Status(state));

        Assert.Empty(replies);
        var unchanged = await Handoffs.FindAsync(ticket.Id, CancellationToken.None);
        Assert.Equal((HandoffStatus.Waiting, ticket.Version), (unchanged!.Status, unchanged.Version));
        var after = await Complaints.FindAsync(ticket.ComplaintReference, CancellationToken.None);
        Assert.Equal(before!.History, after!.History);
        Assert.Equal(before.Transcript, after.Transcript);
    }

    [Fact]
    public async Task A_status_in_a_conversation_without_a_handoff_is_ignored()
    {
        var chat = new CustomerChat(Client, "en-US", name: "Ana");
        await chat.SayTextsAsync("My parcel from order 55120 has not arrived for a week.");

        Assert.Empty(await chat.HubEventAsync("handoff.status", Status("accepted")));
        Assert.Null(await Handoffs.FindActiveAsync($"webchat/{chat.ConversationId}", CancellationToken.None));
    }
}
