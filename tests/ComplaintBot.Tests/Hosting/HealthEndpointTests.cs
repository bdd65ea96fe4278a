using System.Net;

namespace ComplaintBot.Tests.Hosting;

public sealed class HealthEndpointTests
{
    [Fact]
    public async Task Liveness_OverRealHttp_AnswersHealthy()
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();

        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("127.0.0.1", host.Address.Host);
        host.DeleteDataDirectory();
    }
}
