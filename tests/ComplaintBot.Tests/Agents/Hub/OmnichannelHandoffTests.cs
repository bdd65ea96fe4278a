using System.Text.Json.Nodes;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Conversations;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents.Hub;

/// <summary>
/// <c>Handoff:Format = Omnichannel</c> through the real <c>/api/messages</c> path: the escalation goes out as Dynamics 365
/// Omnichannel expects it (a message with <c>channelData.tags</c> Escalate and an agent-only summary), every message for
/// the customer is bridged, and once escalated the customer's messages are kept for the agent, not answered by the intake.
/// </summary>
public sealed class OmnichannelHandoffTests : IAsyncLifetime
{
    private readonly BotHostFactory _host = new(new Dictionary<string, string?> { ["Handoff:Format"] = "Omnichannel" });
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _client = _host.CreateLoopbackClient();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        _host.DeleteDataDirectory();
    }

    private static bool IsEscalation(JsonObject activity) => activity["channelData"]?["tags"] is not null;

    [Fact]
    public async Task An_escalation_is_an_Omnichannel_Escalate_message_with_the_context_and_a_summary_for_the_agent()
    {
        var chat = new CustomerChat(_client, "en-US", name: "Ana");
        var first = await chat.SayAsync("My parcel from order 55120 has not arrived for a week.");

        var replies = await chat.SayAsync("This is ridiculous, I want to talk to a manager now.");

        Assert.DoesNotContain(replies, a => (string?)a["type"] == "event");
        var escalation = Assert.Single(replies, IsEscalation);
        Assert.Equal("message", (string?)escalation["type"]);
        Assert.Null(escalation["channelData"]?["deliveryMode"]);
        var command = JsonNode.Parse((string)escalation["channelData"]!["tags"]!)!;
        Assert.Equal("Escalate", (string?)command["type"]);
        var complaint = Assert.Single(await _host.Services.GetRequiredService<IComplaintStore>()
            .ListAsync(new ComplaintQuery { Customer = ("webchat", chat.UserId) }, CancellationToken.None));
        Assert.Equal(complaint.Reference, (string?)command["context"]?["complaintReference"]);
        Assert.Equal("Requested", (string?)command["context"]?["reason"]);
        Assert.Equal("en", (string?)command["context"]?["language"]);
        Assert.StartsWith($"Complaint {complaint.Reference}: ", (string?)escalation["text"], StringComparison.Ordinal);
        Assert.All(
            first.Concat(replies.Where(a => !IsEscalation(a))),
            a => Assert.Equal("bridged", (string?)a["channelData"]?["deliveryMode"]));
    }

    [Fact]
    public async Task Once_escalated_the_customers_messages_are_kept_for_the_agent_and_not_answered_by_the_intake()
    {
        var chat = new CustomerChat(_client, "en-US", name: "Ana");
        await chat.SayAsync("My parcel from order 55120 has not arrived for a week.");
        await chat.SayAsync("I want to talk to a human");

        var waiting = await chat.SayAsync("It was a birthday present.");
        var later = await chat.SayAsync("Are you still there?");

        var notice = Assert.Single(waiting);
        Assert.Equal("Thank you. A person from our team will be with you shortly; everything you write here is passed on to them.", (string?)notice["text"]);
        Assert.Equal("bridged", (string?)notice["channelData"]?["deliveryMode"]);
        Assert.Empty(later);
        var ticket = await _host.Services.GetRequiredService<IHandoffStore>().FindActiveAsync($"webchat/{chat.ConversationId}", CancellationToken.None);
        var complaint = await _host.Services.GetRequiredService<IComplaintStore>().FindAsync(ticket!.ComplaintReference, CancellationToken.None);
        Assert.Contains(complaint!.Transcript, e => e is { Speaker: TranscriptSpeaker.Customer, Text: "It was a birthday present." });
        Assert.Contains(complaint.Transcript, e => e is { Speaker: TranscriptSpeaker.Customer, Text: "Are you still there?" });
    }
}
