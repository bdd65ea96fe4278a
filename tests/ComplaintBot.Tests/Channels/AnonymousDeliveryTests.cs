using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintBot.Tests.Hosting;

namespace ComplaintBot.Tests.Channels;

public sealed class AnonymousDeliveryTests
{
    [Fact]
    public async Task Message_WithoutAppIdOrToken_IsAnsweredThroughTheActivitysServiceUrl()
    {
        await using var channel = await StubChannel.StartAsync();
        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), new
        {
            type = "message",
            id = "in-1",
            channelId = "emulator",
            serviceUrl = channel.ServiceUrl.AbsoluteUri,
            from = new { id = "user-1" },
            recipient = new { id = "bot-1" },
            conversation = new { id = "conv:1@thread" },
            text = "my parcel never arrived",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(channel.Requests);
        var reply = channel.Requests[0];
        Assert.All(channel.Requests, r => Assert.Equal(reply.RawTarget, r.RawTarget));
        Assert.Equal("POST", reply.Method);
        Assert.Equal("/v3/conversations/conv%3A1%40thread/activities/in-1", reply.RawTarget);
        Assert.Null(reply.Authorization);
        Assert.StartsWith("application/json", reply.ContentType, StringComparison.Ordinal);
        using var body = JsonDocument.Parse(reply.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("in-1", body.RootElement.GetProperty("replyToId").GetString());
        Assert.Equal("bot-1", body.RootElement.GetProperty("from").GetProperty("id").GetString());
        Assert.Equal("user-1", body.RootElement.GetProperty("recipient").GetProperty("id").GetString());
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task Message_WithAppIdButNoToken_Is401AndNothingIsSent()
    {
        await using var channel = await StubChannel.StartAsync();
        await using var host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["MicrosoftAppId"] = "00000000-0000-0000-0000-000000000001",
            ["MicrosoftAppPassword"] = "not-a-real-secret",
        });
        using var client = host.CreateLoopbackClient();

        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), new
        {
            type = "message",
            id = "in-1",
            channelId = "msteams",
            serviceUrl = channel.ServiceUrl.AbsoluteUri,
            from = new { id = "user-1" },
            recipient = new { id = "bot-1" },
            conversation = new { id = "conv-1" },
            text = "hello",
        });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(channel.Requests);
        host.DeleteDataDirectory();
    }
}
