using System.Text.RegularExpressions;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Conversations;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Storage;

/// <summary>
/// The bot's own process killed outright (SIGKILL) right after it answered, on a real SQLite file: nothing it said it
/// had kept is lost, and the next process carries on from there.
/// </summary>
public sealed partial class ProcessKillTests : IDisposable
{
    private readonly TestFolder _dataDirectory = new();

    public void Dispose() => _dataDirectory.Dispose();

    [Fact]
    public async Task A_bot_killed_mid_intake_goes_on_where_it_was_and_a_bot_killed_right_after_filing_kept_the_complaint()
    {
        string userId;
        string conversationId;
        await using (var first = await BotProcess.StartAsync(_dataDirectory.Path))
        {
            using var client = new HttpClient { BaseAddress = first.Address };
            var chat = new CustomerChat(client, "en-US", name: "Ana");
            (userId, conversationId) = (chat.UserId, chat.ConversationId);
            await chat.SayAsync("My Acme X200 blender stopped working two days after delivery, order 48213. It just makes a burning smell.");
            await chat.SayAsync("That's all");
            await first.KillAsync();
        }

        string reference;
        await using (var second = await BotProcess.StartAsync(_dataDirectory.Path))
        {
            using var client = new HttpClient { BaseAddress = second.Address };
            var chat = new CustomerChat(client, "en-US", name: "Ana", userId: userId, conversationId: conversationId);
            Assert.Equal(["When did it start?"], await chat.SayTextsAsync("Yes"));
            await chat.SayAllAsync("Since Monday", "I unplugged it and tried again", "A replacement please");
            var filing = await chat.SayTextsAsync("ana@example.com");
            await second.KillAsync();
            var filed = Assert.Single(filing, text => FiledReference().IsMatch(text));
            reference = FiledReference().Match(filed).Groups[1].Value;
        }

        await using var host = new BotHostFactory(dataDirectory: _dataDirectory.Path);
        var complaint = await host.Services.GetRequiredService<IComplaintStore>().FindAsync(reference, CancellationToken.None);
        Assert.NotNull(complaint);
        Assert.Equal("48213", complaint.Facts.OrderNumber);
        Assert.Equal("Since Monday", complaint.Facts.When);
        Assert.Equal("ana@example.com", complaint.Customer.Email);
    }

    [GeneratedRegex(@"Your reference is (\S+)\.")]
    private static partial Regex FiledReference();
}
