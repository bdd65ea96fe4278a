using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;

namespace ComplaintBot.Tests.DirectLine;

/// <summary>A Direct Line 3.0 client over real HTTP and WebSocket, as DirectLineJS speaks it.</summary>
internal sealed class DirectLineTestClient : IDisposable
{
    private static readonly TimeSpan FrameTimeout = TimeSpan.FromSeconds(20);
    private readonly HttpClient _http;

    public DirectLineTestClient(Uri baseAddress)
    {
        _http = new HttpClient { BaseAddress = new Uri(baseAddress, "/v3/directline/") };
    }

    public static async Task<JsonElement> JsonOf(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    public Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? bearer, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return _http.SendAsync(request);
    }

    public async Task<(string ConversationId, string Token)> GenerateTokenAsync()
    {
        using var response = await SendAsync(HttpMethod.Post, "tokens/generate", bearer: null);
        response.EnsureSuccessStatusCode();
        var json = await JsonOf(response);
        return (json.GetProperty("conversationId").GetString()!, json.GetProperty("token").GetString()!);
    }

    /// <summary>Generates a token and starts its conversation; returns the start answer.</summary>
    public async Task<StartedConversation> StartAsync()
    {
        var (conversationId, token) = await GenerateTokenAsync();
        using var response = await SendAsync(HttpMethod.Post, "conversations", token, new { user = new { id = "ignored" }, locale = "en-US" });
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        var json = await JsonOf(response);
        Assert.Equal(conversationId, json.GetProperty("conversationId").GetString());
        return new StartedConversation(conversationId, token, new Uri(json.GetProperty("streamUrl").GetString()!));
    }

    public async Task<JsonElement> PostMessageAsync(StartedConversation conversation, string text, string clientActivityId)
    {
        using var response = await SendAsync(HttpMethod.Post, $"conversations/{conversation.Id}/activities", conversation.Token, new
        {
            type = "message",
            text,
            from = new { id = "r_client", name = "Customer", role = "user" },
            locale = "en-US",
            channelData = new { clientActivityID = clientActivityId },
        });
        response.EnsureSuccessStatusCode();
        return await JsonOf(response);
    }

    public async Task<JsonElement> GetActivitiesAsync(StartedConversation conversation, string? watermark)
    {
        using var response = await SendAsync(HttpMethod.Get, $"conversations/{conversation.Id}/activities?watermark={watermark}", conversation.Token);
        response.EnsureSuccessStatusCode();
        return await JsonOf(response);
    }

    public static async Task<ClientWebSocket> ConnectAsync(Uri streamUrl)
    {
        var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(FrameTimeout);
        await socket.ConnectAsync(streamUrl, timeout.Token);
        return socket;
    }

    /// <summary>The next text frame: an ActivitySet, or null for an empty keep-alive frame.</summary>
    public static async Task<JsonElement?> ReceiveFrameAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        var buffer = new byte[64 * 1024];
        using var message = new MemoryStream();
        WebSocketReceiveResult frame;
        do
        {
            frame = await socket.ReceiveAsync(buffer, timeout.Token);
            Assert.NotEqual(WebSocketMessageType.Close, frame.MessageType);
            message.Write(buffer, 0, frame.Count);
        }
        while (!frame.EndOfMessage);

        if (message.Length == 0)
        {
            return null;
        }

        using var document = JsonDocument.Parse(Encoding.UTF8.GetString(message.ToArray()));
        return document.RootElement.Clone();
    }

    /// <summary>Receives activity sets until <paramref name="count"/> activities arrived (keep-alives skipped).</summary>
    public static async Task<(List<JsonElement> Activities, string Watermark)> ReceiveActivitiesAsync(WebSocket socket, int count)
    {
        var activities = new List<JsonElement>();
        var watermark = string.Empty;
        while (activities.Count < count)
        {
            if (await ReceiveFrameAsync(socket) is { } set)
            {
                activities.AddRange(set.GetProperty("activities").EnumerateArray());
                watermark = set.GetProperty("watermark").GetString()!;
            }
        }

        return (activities, watermark);
    }

    public static async Task CloseAsync(WebSocket socket)
    {
        using var timeout = new CancellationTokenSource(FrameTimeout);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
    }

    public void Dispose() => _http.Dispose();
}

internal sealed record StartedConversation(string Id, string Token, Uri StreamUrl);
