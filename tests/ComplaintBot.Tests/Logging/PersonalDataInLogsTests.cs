using System.Net;
using System.Text;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Diagnostics;
using ComplaintBot.Tests.Conversations;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Tests.Logging;

/// <summary>
/// Everything the real host logs (every category, down to Trace) while customers file complaints full of personal data,
/// ask for a person, and send a malformed activity: none of that data reaches a logger provider, while every line of a
/// turn carries the conversation hash and, once known, the complaint reference.
/// </summary>
public sealed class PersonalDataInLogsTests : IAsyncLifetime
{
    private const string Email = "zofia.kowalczyk@example.com";
    private const string Phone = "+44 7700 900123";
    private const string Card = "4111 1111 1111 1111";
    private const string Surname = "Kowalczyk";
    private const string FreeText = "burning smell";

    private static readonly string[] PersonalData = [Email, Phone, Card, "4111111111111111", "7700 900123", Surname, FreeText, "stopped working"];

    private readonly CapturingLoggerProvider _logs = new();
    private readonly BotHostFactory _host;
    private HttpClient _client = null!;

    public PersonalDataInLogsTests()
    {
        _host = new BotHostFactory(
            new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft"] = "Trace" },
            configureServices: services => services.AddSingleton<ILoggerProvider>(_logs));
    }

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

    private void AssertNoPersonalData()
    {
        Assert.NotEmpty(_logs.Lines);
        var all = _logs.AllText;
        Assert.All(PersonalData, secret => Assert.DoesNotContain(secret, all, StringComparison.OrdinalIgnoreCase));
    }

    private async Task<Complaint> ComplaintOf(CustomerChat chat)
        => Assert.Single(await _host.Services.GetRequiredService<IComplaintStore>().ListAsync(
            new ComplaintQuery { Customer = ("webchat", chat.UserId) }, CancellationToken.None));

    [Fact]
    public async Task A_full_intake_with_email_phone_card_and_story_logs_none_of_them_but_the_conversation_hash()
    {
        var chat = new CustomerChat(_client, "en-US", name: "Zofia " + Surname);
        await chat.SayAllAsync(new[]
        {
            $"My Acme X200 blender stopped working two days after delivery, order 48213. I paid with card {Card}, call me on {Phone}. It just makes a {FreeText}.",
            "That's all",
            "Yes",
            "Since Monday",
            "I unplugged it and tried again",
            "A replacement please",
            Email,
        });

        await ComplaintOf(chat);
        var hash = LogCorrelation.HashConversation("webchat", chat.ConversationId);
        var turnLines = _logs.Lines.Where(l => l.Scope(LogCorrelation.ConversationHashKey) == hash).ToList();
        Assert.NotEmpty(turnLines);
        Assert.All(turnLines, l => Assert.Equal("webchat", l.Scope(LogCorrelation.ChannelIdKey)));
        Assert.Contains(turnLines, l => l.Scope(LogCorrelation.ActivityIdKey) == "in-7");
        Assert.DoesNotContain(chat.ConversationId, _logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(chat.UserId, _logs.AllText, StringComparison.Ordinal);
        AssertNoPersonalData();
    }

    [Fact]
    public async Task A_handoff_is_logged_with_the_complaint_reference_and_without_the_customers_words()
    {
        var chat = new CustomerChat(_client, "en-US", name: "Zofia " + Surname);
        await chat.SayTextsAsync($"My parcel from order 55120 {FreeText} has not arrived, email {Email} or phone {Phone}.");
        await chat.SayTextsAsync("I want to talk to a human");

        var complaint = await ComplaintOf(chat);
        Assert.Equal(ComplaintStatus.Escalated, complaint.Status);
        var queued = Assert.Single(_logs.Lines, l => l.Category.EndsWith("HandoffService", StringComparison.Ordinal));
        Assert.Equal(complaint.Reference, queued.Scope(LogCorrelation.ComplaintReferenceKey));
        Assert.Equal(LogCorrelation.HashConversation("webchat", chat.ConversationId), queued.Scope(LogCorrelation.ConversationHashKey));
        AssertNoPersonalData();
    }

    [Fact]
    public async Task A_malformed_activity_quoting_an_email_is_refused_and_logged_by_position_only()
    {
        using var body = new StringContent(
            "{\"type\":\"message\",\"text\":\"please write to " + Email + " or call " + Phone + "\" \"conversation\":{\"id\":\"c1\"}}",
            Encoding.UTF8,
            "application/json");

        using var response = await _client.PostAsync(new Uri("/api/messages", UriKind.Relative), body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var refused = Assert.Single(_logs.Lines, l => l.Message.StartsWith("Refused a malformed activity", StringComparison.Ordinal));
        Assert.Contains("invalid JSON at", refused.Message, StringComparison.Ordinal);
        AssertNoPersonalData();
    }

    [Fact]
    public void Personal_data_that_slips_into_a_message_a_value_an_exception_or_a_scope_is_masked_before_any_provider()
    {
        var logger = _host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Slip");
        using (logger.BeginScope(new Dictionary<string, object?> { ["Customer"] = Email, ["Attempt"] = 2 }))
        {
            logger.LogError(
                new InvalidOperationException($"Could not parse '{Card}' for {Email}"),
                "Failed for {Who} on " + Phone + " with {Text}",
                Email,
                SensitiveText.Of(FreeText));
        }

        var line = Assert.Single(_logs.Lines, l => l.Category == "Slip");
        Assert.Equal("Failed for [email] on [phone] with [withheld: 13 chars]", line.Message);
        Assert.Equal("[email]", line.Values["Who"]);
        Assert.Contains("InvalidOperationException", line.Exception, StringComparison.Ordinal);
        Assert.Contains("Could not parse '[card]' for [email]", line.Exception, StringComparison.Ordinal);
        Assert.Equal("[email]", line.Scope("Customer"));
        Assert.Equal("2", line.Scope("Attempt"));
        AssertNoPersonalData();
    }
}
