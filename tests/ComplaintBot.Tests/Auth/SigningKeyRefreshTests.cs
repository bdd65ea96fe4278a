using System.Net;
using ComplaintBot.Tests.Channels;

namespace ComplaintBot.Tests.Auth;

/// <summary>The signing keys are cached, fetched again when a token names an unknown key, and not more than that.</summary>
public sealed class SigningKeyRefreshTests
{
    private const string AppId = AuthenticatedBotFixture.AppId;

    [Fact]
    public async Task KeyRotatedInAfterTheFirstFetch_IsPickedUpOnTheFirstTokenThatNamesIt()
    {
        await using var provider = await LocalOpenIdProvider.StartAsync();
        await using var channel = await StubChannel.StartAsync();
        await using var host = AuthenticatedBotFixture.CreateHost(provider);
        var serviceUrl = channel.ServiceUrl.AbsoluteUri;

        using var first = await AuthenticatedBotFixture.PostMessageAsync(host, "Bearer " + provider.CreateChannelToken(AppId, serviceUrl), "a:1", serviceUrl);
        using var cached = await AuthenticatedBotFixture.PostMessageAsync(host, "Bearer " + provider.CreateChannelToken(AppId, serviceUrl), "a:2", serviceUrl);
        var fetchesBeforeRotation = provider.KeySetRequests;
        provider.PublishKey("rotated-key", "msteams");
        using var rotated = await AuthenticatedBotFixture.PostMessageAsync(host, "Bearer " + provider.CreateChannelToken(AppId, serviceUrl, keyId: "rotated-key"), "a:3", serviceUrl);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, cached.StatusCode);
        Assert.Equal(1, fetchesBeforeRotation);
        Assert.Equal(HttpStatusCode.OK, rotated.StatusCode);
        Assert.Equal(2, provider.KeySetRequests);
        host.DeleteDataDirectory();
    }

    [Fact]
    public async Task UnknownKeys_RefreshTheKeySetAtMostOnceWithinTheRefreshInterval()
    {
        await using var provider = await LocalOpenIdProvider.StartAsync();
        await using var channel = await StubChannel.StartAsync();
        await using var host = AuthenticatedBotFixture.CreateHost(provider);
        var serviceUrl = channel.ServiceUrl.AbsoluteUri;
        var forged = "Bearer " + provider.CreateChannelToken(AppId, serviceUrl, keyId: LocalOpenIdProvider.UnpublishedKeyId);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var response = await AuthenticatedBotFixture.PostMessageAsync(host, forged, $"a:{i}", serviceUrl);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(2, provider.KeySetRequests);
        Assert.Empty(channel.Requests);
        host.DeleteDataDirectory();
    }
}
