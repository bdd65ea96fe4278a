using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Conversations;

public sealed class IntakeRestartTests
{
    [Fact]
    public async Task A_restart_between_two_turns_resumes_the_conversation_exactly_where_it_was()
    {
        var dataDirectory = TestFolder.NewPath();
        string userId, conversationId;
        await using (var first = new BotHostFactory(dataDirectory: dataDirectory))
        {
            using var client = first.CreateLoopbackClient();
            var chat = new CustomerChat(client, "sl-SI", name: "Ana");
            await chat.SayTextsAsync("Mešalnik iz naročila 48213 se je pokvaril dva dni po dostavi. Smrdi po zažganem.");
            await chat.SayTextsAsync("To je vse");
            Assert.Equal(["Za kateri izdelek oziroma model gre?"], await chat.SayTextsAsync("Da"));
            (userId, conversationId) = (chat.UserId, chat.ConversationId);
        }

        await using var second = new BotHostFactory(dataDirectory: dataDirectory);
        using var again = second.CreateLoopbackClient();
        var resumed = new CustomerChat(again, "sl-SI", name: "Ana", userId: userId, conversationId: conversationId);

        Assert.Equal(["Kdaj se je začelo?"], await resumed.SayTextsAsync("Mešalnik X200"));
        await resumed.SayAllAsync(new[] { "Od ponedeljka", "Izklopil sem ga", "Zamenjava", "ana@example.com" });

        var complaint = Assert.Single(await second.Services.GetRequiredService<IComplaintStore>()
            .ListAsync(new ComplaintQuery { Customer = ("webchat", userId) }, CancellationToken.None));
        Assert.Equal("Mešalnik X200", complaint.Facts.Product);
        Assert.Equal("48213", complaint.Facts.OrderNumber);
        second.DeleteDataDirectory();
    }
}
