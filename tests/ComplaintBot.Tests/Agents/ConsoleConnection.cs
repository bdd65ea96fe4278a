using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;

namespace ComplaintBot.Tests.Agents;

/// <summary>A console's live connection to <c>/agent/api/events</c>: every server-sent event, readable in order.</summary>
public sealed class ConsoleConnection : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    private readonly Channel<SseItem<string>> _events = Channel.CreateUnbounded<SseItem<string>>();
    private readonly CancellationTokenSource _stop = new();
    private readonly HttpResponseMessage _response;
    private readonly Task _reading;

    private ConsoleConnection(HttpResponseMessage response)
    {
        _response = response;
        _reading = ReadAsync();
    }

    /// <summary>Connects and returns once the server confirmed the subscription (the "ready" event).</summary>
    public static async Task<ConsoleConnection> ConnectAsync(HttpClient http)
    {
        var response = await http.GetAsync(new Uri("/agent/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new ConsoleConnection(response);
        await stream.NextAsync(e => e.EventType == "ready");
        return stream;
    }

    /// <summary>The next event that matches, skipping others; fails after 15 seconds.</summary>
    public async Task<SseItem<string>> NextAsync(Func<SseItem<string>, bool> match)
    {
        using var timeout = new CancellationTokenSource(Patience);
        while (true)
        {
            var item = await _events.Reader.ReadAsync(timeout.Token);
            if (match(item))
            {
                return item;
            }
        }
    }

    public Task<SseItem<string>> NextAsync(string eventType, string containing)
        => NextAsync(e => e.EventType == eventType && e.Data.Contains(containing, StringComparison.Ordinal));

    public static JsonElement Data(SseItem<string> item) => JsonDocument.Parse(item.Data).RootElement;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _response.Dispose();
        await _reading.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task ReadAsync()
    {
        await using var body = await _response.Content.ReadAsStreamAsync(_stop.Token);
        await foreach (var item in SseParser.Create(body).EnumerateAsync(_stop.Token))
        {
            await _events.Writer.WriteAsync(item, _stop.Token);
        }
    }
}
