using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Teams;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Channels;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Agents.Teams;

/// <summary>
/// The real bot over HTTP with two stub channels: the customers' (Web Chat shaped, or Teams for a Teams customer) and the
/// agents' Teams tenant (the configured <c>Agents:Teams:ServiceUrl</c>). Agents are created with <c>agents add</c>; Mina
/// and Ana are linked to Teams users with <c>agents link-teams</c>, Kenji is not. Each test uses its own customer.
/// </summary>
public sealed class TeamsAgentsHost : IAsyncLifetime
{
    public const string AgentsChannelId = "19:agents0123456789@thread.tacv2";
    public const string TenantId = "7f0c3f4e-61c5-4a0e-9b3c-0d5e1c2a9b11";
    public const string MinaObjectId = "0b9e5a4c-2d0f-4a57-9c61-5e8e2f7d1a01";
    public const string AnaObjectId = "0b9e5a4c-2d0f-4a57-9c61-5e8e2f7d1a02";
    public const string BotId = "28:complaintbot";

    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private StubChannel? _customers;
    private StubChannel? _teams;
    private readonly TimeProvider? _time;
    private BotHostFactory? _host;

    public TeamsAgentsHost()
    {
    }

    /// <summary>A host whose clock is <paramref name="time"/> (a fake one, to reach the card retry).</summary>
    internal TeamsAgentsHost(TimeProvider time)
    {
        _time = time;
    }

    public BotHostFactory Host => _host ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>Where customers' conversations are (their replies and the agents' words arrive here).</summary>
    public StubChannel Customers => _customers ?? throw new InvalidOperationException("The host is not started.");

    /// <summary>The agents' Teams tenant: cards, card updates, agents' chats.</summary>
    public StubChannel Teams => _teams ?? throw new InvalidOperationException("The host is not started.");

    public async Task InitializeAsync()
    {
        _customers = await StubChannel.StartAsync();
        _teams = await StubChannel.StartAsync();
        _host = new BotHostFactory(new Dictionary<string, string?>
        {
            ["Agents:LanguageFirstWindow"] = "01:00:00",
            ["Agents:Teams:ServiceUrl"] = Teams.ServiceUrl.AbsoluteUri,
            ["Agents:Teams:ChannelId"] = AgentsChannelId,
            ["Agents:Teams:TenantId"] = TenantId,
        },
        configureServices: services =>
        {
            if (_time is not null)
            {
                services.AddSingleton(_time);
            }
        });
        _ = Host.Address;
        await AddAgentAsync("Mina Park", "en,ko");
        await AddAgentAsync("Ana Novak", "en,sl");
        await AddAgentAsync("Kenji Sato", "ja");
        Assert.Equal(0, await RunAsync("agents", "link-teams", "Mina Park", MinaObjectId));
        Assert.Equal(0, await RunAsync("agents", "link-teams", "ana novak", AnaObjectId.ToUpperInvariant()));
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Customers.DisposeAsync();
        await Teams.DisposeAsync();
        Host.DeleteDataDirectory();
    }

    public async Task<int> RunAsync(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        return await TeamsLinkCommand.RunAsync(Host.Services, args, output, error);
    }

    /// <summary>A customer (Web Chat shaped, or a Teams user in a personal chat) says something: a real POST to /api/messages.</summary>
    public Task CustomerSaysAsync(CustomerConversation customer, string text)
    {
        ArgumentNullException.ThrowIfNull(customer);
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "in-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = customer.ChannelId,
            ["serviceUrl"] = Customers.ServiceUrl.AbsoluteUri,
            ["locale"] = customer.Locale,
            ["from"] = new JsonObject { ["id"] = customer.UserId, ["name"] = "Jamie Doe", ["aadObjectId"] = customer.ChannelId == "msteams" ? Guid.NewGuid().ToString() : null },
            ["recipient"] = new JsonObject { ["id"] = BotId },
            ["conversation"] = new JsonObject { ["id"] = customer.ConversationId, ["conversationType"] = customer.ChannelId == "msteams" ? "personal" : null },
            ["text"] = text,
        };
        return PostAsync(activity);
    }

    /// <summary>A customer who tells their story and asks for a person: the real intake escalates; returns the filed complaint.</summary>
    public async Task<Complaint> EscalateAsync(CustomerConversation customer, string story = "My parcel from order 55120 has not arrived for a week.")
    {
        await CustomerSaysAsync(customer, story);
        await CustomerSaysAsync(customer, "I want to talk to a human");
        var complaints = await Host.Services.GetRequiredService<IComplaintStore>().ListAsync(
            new ComplaintQuery { Customer = (customer.ChannelId, customer.UserId), Limit = 5 }, CancellationToken.None);
        return Assert.Single(complaints, c => c.Status == ComplaintStatus.Escalated);
    }

    /// <summary>An agent (or any Teams user) presses a card's Accept in the agents' channel.</summary>
    public Task PressAcceptAsync(JsonElement card, string aadObjectId, string name)
    {
        var handoffId = card.GetProperty("actions")[0].GetProperty("data").GetProperty("handoffId").GetString();
        return PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["id"] = "submit-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = Teams.ServiceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["name"] = name, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId },
            ["conversation"] = new JsonObject { ["id"] = AgentsChannelId + ";messageid=1700000000000", ["conversationType"] = "channel", ["tenantId"] = TenantId },
            ["channelData"] = new JsonObject { ["channel"] = new JsonObject { ["id"] = AgentsChannelId }, ["tenant"] = new JsonObject { ["id"] = TenantId } },
            ["replyToId"] = "1700000000000",
            ["value"] = new JsonObject { ["action"] = "accept", ["handoffId"] = handoffId },
        });
    }

    /// <summary>Someone in a team channel writes to the bot (an @mention).</summary>
    public Task TeamsChannelSaysAsync(string conversationId, string aadObjectId, string text)
        => PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["id"] = conversationId.Split("=")[^1],
            ["channelId"] = "msteams",
            ["serviceUrl"] = Teams.ServiceUrl.AbsoluteUri,
            ["locale"] = "en-US",
            ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "channel", ["tenantId"] = TenantId },
            ["text"] = text,
        });

    /// <summary>An agent writes in their 1:1 Teams chat with the bot.</summary>
    public Task AgentSaysAsync(string chatConversationId, string aadObjectId, string text)
        => PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["id"] = "chat-" + Guid.NewGuid().ToString("N"),
            ["channelId"] = "msteams",
            ["serviceUrl"] = Teams.ServiceUrl.AbsoluteUri,
            ["from"] = new JsonObject { ["id"] = "29:" + aadObjectId, ["aadObjectId"] = aadObjectId },
            ["recipient"] = new JsonObject { ["id"] = BotId },
            ["conversation"] = new JsonObject { ["id"] = chatConversationId, ["conversationType"] = "personal", ["tenantId"] = TenantId },
            ["text"] = text,
        });

    /// <summary>The card posted to the agents' channel for a complaint (waits for the dispatcher to post it).</summary>
    public JsonElement CardFor(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        RecordedRequest? post = null;
        Assert.True(
            SpinWait.SpinUntil(() => (post = Teams.Requests.FirstOrDefault(r => r.Method == "POST" && r.RawTarget == "/v3/conversations" && r.Body.Contains(complaint.Reference, StringComparison.Ordinal))) is not null, Patience),
            $"No card was posted for {complaint.Reference}.");
        var body = JsonDocument.Parse(post!.Body).RootElement;
        Assert.True(body.GetProperty("isGroup").GetBoolean());
        return body.GetProperty("activity").GetProperty("attachments")[0].GetProperty("content");
    }

    /// <summary>The chat the bot opened with an agent (from the agent's stored link).</summary>
    public async Task<string> ChatOfAsync(string aadObjectId)
    {
        var link = await Host.Services.GetRequiredService<ITeamsAgentLinks>().FindByAadObjectIdAsync(aadObjectId, CancellationToken.None);
        return link?.ChatConversationId ?? throw new InvalidOperationException("The agent has no chat with the bot.");
    }

    /// <summary>The texts the bot wrote into a Teams conversation (a chat or a channel thread), in order.</summary>
    public IReadOnlyList<string> TeamsTextsIn(string conversationId) => TextsIn(Teams, conversationId);

    /// <summary>The texts the bot wrote into a customer's conversation, in order.</summary>
    public IReadOnlyList<string> CustomerTexts(CustomerConversation customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return TextsIn(Customers, customer.ConversationId);
    }

    public Task<Complaint?> StoredAsync(string reference)
        => Host.Services.GetRequiredService<IComplaintStore>().FindAsync(reference, CancellationToken.None);

    private async Task AddAgentAsync(string name, string languages)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await AgentsCommand.RunAsync(Host.Services, ["agents", "add", "--name", name, "--languages", languages], new StringReader("correct horse battery staple\n"), output, error);
        Assert.True(exit == 0, error.ToString());
    }

    private async Task PostAsync(JsonObject activity)
    {
        using var client = Host.CreateLoopbackClient();
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), activity);
        Assert.True(response.IsSuccessStatusCode, $"/api/messages answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private static List<string> TextsIn(StubChannel channel, string conversationId)
    {
        var path = "/v3/conversations/" + Uri.EscapeDataString(conversationId) + "/activities";
        return [.. channel.Requests
            .Where(r => r.Method == "POST" && r.RawTarget.StartsWith(path, StringComparison.Ordinal))
            .Select(r => JsonDocument.Parse(r.Body).RootElement)
            .Select(TextOf)
            .OfType<string>()];
    }

    /// <summary>A message's text, or a multi-line message's card as its lines.</summary>
    private static string? TextOf(JsonElement activity)
    {
        if (activity.TryGetProperty("text", out var text))
        {
            return text.GetString();
        }

        if (!activity.TryGetProperty("attachments", out var attachments)
            || attachments[0].GetProperty("contentType").GetString() != "application/vnd.microsoft.card.adaptive"
            || !attachments[0].GetProperty("content").TryGetProperty("body", out var body)
            || body.EnumerateArray().Any(block => block.GetProperty("type").GetString() != "RichTextBlock"))
        {
            return null;
        }

        return string.Join('\n', body.EnumerateArray().Select(block => Assert.Single(block.GetProperty("inlines").EnumerateArray()).GetProperty("text").GetString()));
    }
}

/// <summary>One customer's conversation: on Web Chat by default, or a Teams customer's personal chat.</summary>
public sealed record CustomerConversation(string ChannelId = "webchat", string Locale = "en-US")
{
    public string UserId { get; } = (ChannelId == "msteams" ? "29:" : "user-") + Guid.NewGuid().ToString("N");

    public string ConversationId { get; } = (ChannelId == "msteams" ? "a:" : "conv-") + Guid.NewGuid().ToString("N");
}
