using System.Net;
using ComplaintBot.DirectLine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.DirectLine;

public sealed class DirectLineRestartTests
{
    [Fact]
    public async Task AfterARestart_TheWidgetsTokenStillWorks_AndItGetsTheHistoryAndWhatArrivedMeanwhile()
    {
        StartedConversation conversation;
        string dataDirectory;
        await using (var before = new BotHostFactory())
        {
            dataDirectory = before.DataDirectory;
            using var client = new DirectLineTestClient(before.Address);
            conversation = await client.StartAsync();
            await client.PostMessageAsync(conversation, "The heater I bought is broken", "client-1");
        }

        await using var after = new BotHostFactory(dataDirectory: dataDirectory);
        using var restartedClient = new DirectLineTestClient(after.Address);
        var adapter = after.Services.GetRequiredService<CloudAdapter>();
        var reference = new ConversationReference
        {
            ChannelId = DirectLineChannel.ChannelId,
            ServiceUrl = DirectLineChannel.ServiceUrl,
            Conversation = new ConversationAccount { Id = conversation.Id },
            Bot = DirectLineChannel.BotAccount(),
        };
        await adapter.ContinueConversationAsync(reference, (turn, ct) => turn.SendActivityAsync("Is the new heater working?", ct), CancellationToken.None);

        using var reconnect = await restartedClient.SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}?watermark=", conversation.Token);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        var streamUrl = new Uri((await DirectLineTestClient.JsonOf(reconnect)).GetProperty("streamUrl").GetString()!);
        using var socket = await DirectLineTestClient.ConnectAsync(streamUrl);
        var (activities, watermark) = await DirectLineTestClient.ReceiveActivitiesAsync(socket, 4);

        Assert.Equal("The heater I bought is broken", activities[1].GetProperty("text").GetString());
        Assert.Equal("Is the new heater working?", activities[3].GetProperty("text").GetString());
        Assert.Equal("4", watermark);
        await DirectLineTestClient.CloseAsync(socket);
        await after.DisposeAsync();
        after.DeleteDataDirectory();
    }
}
