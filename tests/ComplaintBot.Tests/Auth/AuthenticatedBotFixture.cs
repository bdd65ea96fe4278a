using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using ComplaintBot.Protocol.Connector;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;

namespace ComplaintBot.Tests.Auth;

/// <summary>
/// The real bot host with authentication on (SingleTenant, app id <see cref="AppId"/>), trusting only the keys of a
/// <see cref="LocalOpenIdProvider"/>, and a <see cref="StubChannel"/> to receive its replies.
/// </summary>
public sealed class AuthenticatedBotFixture : IAsyncLifetime
{
    public const string AppId = "6f1c2a54-9a7e-4e5b-8f0d-3b2a1c0d9e8f";
    public const string TenantId = "0b9d4c2e-7f6a-4d1b-9e3c-5a8f2d1e0c7b";

    public LocalOpenIdProvider Provider { get; private set; } = null!;

    public StubChannel Channel { get; private set; } = null!;

    public BotHostFactory Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Provider = await LocalOpenIdProvider.StartAsync();
        Channel = await StubChannel.StartAsync();
        Host = CreateHost(Provider);
    }

    /// <summary>
    /// The real bot host, authenticating with <paramref name="provider"/>: it trusts only that provider's signing keys and
    /// gets its own outbound tokens from it.
    /// </summary>
    public static BotHostFactory CreateHost(LocalOpenIdProvider provider) => new(
        new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = AppId,
            ["MicrosoftAppPassword"] = "test-secret-not-real",
            ["MicrosoftAppTenantId"] = TenantId,
            ["ToBotFromChannelOpenIdMetadataUrl"] = provider.ChannelMetadataUrl.AbsoluteUri,
            ["ToBotFromEmulatorOpenIdMetadataUrl"] = provider.EmulatorMetadataUrl.AbsoluteUri,
            ["ToChannelFromBotLoginUrl"] = provider.TokenAuthority(TenantId).AbsoluteUri,
        },
        configureServices: services => services.AddHttpClient(ClientCredentialsBotTokenProvider.HttpClientName)
            .ConfigurePrimaryHttpMessageHandler(provider.CreateTrustingHandler));

    /// <summary>POSTs a message in a new conversation to <paramref name="host"/>'s <c>/api/messages</c> with the given Authorization header.</summary>
    public static async Task<HttpResponseMessage> PostMessageAsync(BotHostFactory host, string? authorization, string conversationId, string serviceUrl, string channelId = "msteams")
    {
        using var client = host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/messages", UriKind.Relative))
        {
            Content = JsonContent.Create(new
            {
                type = "message",
                id = "in-1",
                channelId,
                serviceUrl,
                from = new { id = "29:user" },
                recipient = new { id = "28:" + AppId },
                conversation = new { id = conversationId },
                text = "the invoice is wrong",
            }),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    /// <summary>What reached the stub channel for one conversation.</summary>
    public IReadOnlyList<RecordedRequest> CallsFor(string conversationId)
        => [.. Channel.Requests.Where(r => r.RawTarget.Contains("/conversations/" + Uri.EscapeDataString(conversationId) + "/", StringComparison.Ordinal))];

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Host.DeleteDataDirectory();
        await Channel.DisposeAsync();
        await Provider.DisposeAsync();
    }
}
