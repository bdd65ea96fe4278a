using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.ServerSentEvents;
using System.Text.Json;
using System.Threading.Channels;
using ComplaintBot.Agents.Accounts;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Hosting;
using ComplaintBot.Protocol.Turns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Benchmarks.Agents;

/// <summary>
/// <c>dotnet run -c Release --project tests/ComplaintBot.Benchmarks -- handoff-latency [--trials 200]</c>: the real host
/// on 127.0.0.1 (SQLite in a temp folder) with 50 handoffs already waiting and 10 agent consoles connected by
/// server-sent events; each trial posts an upset message to /api/messages and times until every console has the new
/// handoff in its queue feed. The peer in the same run is a calm message answered by the bot (expectReplies).
/// </summary>
public static class HandoffLatency
{
    private const int Waiting = 50;
    private const int Consoles = 10;
    private const string Password = "benchmark password 1";
    private const string WaitingStatusJson = "\"status\":\"Waiting\"";

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var trials = args.Count > 2 && args[1] == "--trials" ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
        var dataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-bench", Guid.NewGuid().ToString("N"));
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Logging.ClearProviders();
        builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddComplaintBot();
        var real = builder.Services.Last(d => d.ServiceType == typeof(IBot));
        builder.Services.Remove(real);
        builder.Services.AddSingleton<IBot>(sp => ActivatorUtilities.CreateInstance<EscalatingBot>(
            sp, (IBot)ActivatorUtilities.CreateInstance(sp, real.ImplementationType!)));
        await using var app = builder.Build();
        app.MapComplaintBot();
        await app.StartAsync();
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single());
        try
        {
            var exit = await AgentsCommand.RunAsync(app.Services, ["agents", "add", "--name", "Bench Agent", "--languages", "en"], new StringReader(Password), TextWriter.Null, Console.Error);
            if (exit != 0)
            {
                return exit;
            }

            using var customer = new HttpClient { BaseAddress = address };
            for (var i = 0; i < Waiting; i++)
            {
                await PostAsync(customer, "I want a person, this is outrageous!", "waiting-" + i);
            }

            var consoles = new List<ConnectedConsole>();
            for (var i = 0; i < Consoles; i++)
            {
                consoles.Add(await ConnectedConsole.SignInAsync(address));
            }

            var store = app.Services.GetRequiredService<IHandoffStore>();
            var pushed = new List<double>();
            var calm = new List<double>();
            for (var trial = -10; trial < trials; trial++)
            {
                var conversation = "trial-" + Guid.NewGuid().ToString("N");
                var clock = Stopwatch.StartNew();
                await PostAsync(customer, "I want a person, this is outrageous!", conversation);
                foreach (var console in consoles)
                {
                    await console.WaitForAsync(e => e.EventType == "queue" && e.Data.Contains(WaitingStatusJson, StringComparison.Ordinal));
                    if (trial >= 0)
                    {
                        pushed.Add(clock.Elapsed.TotalMilliseconds);
                    }
                }

                var ticket = (await store.FindActiveAsync("emulator/" + conversation, CancellationToken.None))!;
                await store.UpdateAsync(ticket with { Status = HandoffStatus.Returned }, CancellationToken.None);

                clock.Restart();
                await PostAsync(customer, "My order arrived late.", "calm-" + Guid.NewGuid().ToString("N"));
                if (trial >= 0)
                {
                    calm.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            foreach (var console in consoles)
            {
                console.Dispose();
            }

            Console.WriteLine($"handoff-latency: {trials} trials, {Waiting} waiting handoffs, {Consoles} consoles, {Environment.ProcessorCount} cores");
            Report("upset message -> all consoles", pushed);
            Report("calm message -> bot reply (peer)", calm);
            Console.WriteLine($"ratio p50 {Percentile(pushed, 50) / Percentile(calm, 50):0.00}  p99 {Percentile(pushed, 99) / Percentile(calm, 99):0.00}");
            return 0;
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static void Report(string what, List<double> millis)
        => Console.WriteLine($"{what,-36} p50 {Percentile(millis, 50),7:0.0} ms  p99 {Percentile(millis, 99),7:0.0} ms  max {millis.Max(),7:0.0} ms");

    private static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static async Task PostAsync(HttpClient client, string text, string conversation)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/messages", UriKind.Relative), new
        {
            type = "message",
            id = Guid.NewGuid().ToString("N"),
            channelId = "emulator",
            serviceUrl = "http://127.0.0.1:9/",
            deliveryMode = "expectReplies",
            locale = "en-US",
            from = new { id = "customer-" + conversation },
            recipient = new { id = "bot" },
            conversation = new { id = conversation },
            text,
        });
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A signed-in agent's event feed, read in the background.</summary>
    private sealed class ConnectedConsole : IDisposable
    {
        private readonly HttpClient _http;
        private readonly Channel<SseItem<string>> _events = Channel.CreateUnbounded<SseItem<string>>();
        private readonly CancellationTokenSource _stop = new();

        private ConnectedConsole(HttpClient http)
        {
            _http = http;
        }

        public static async Task<ConnectedConsole> SignInAsync(Uri address)
        {
            var http = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = address };
            var console = new ConnectedConsole(http);
            var token = await console.TokenAsync();
            using (var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("/agent/api/session", UriKind.Relative)))
            {
                signIn.Headers.Add("X-CSRF-TOKEN", token);
                signIn.Content = JsonContent.Create(new { name = "Bench Agent", password = Password });
                using var answer = await http.SendAsync(signIn);
                answer.EnsureSuccessStatusCode();
            }

            var response = await http.GetAsync(new Uri("/agent/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
            response.EnsureSuccessStatusCode();
            _ = console.ReadAsync(response);
            await console.WaitForAsync(e => e.EventType == "ready");
            return console;
        }

        /// <summary>Reads up to the next event that matches.</summary>
        public async Task WaitForAsync(Func<SseItem<string>, bool> match)
        {
            while (!match(await _events.Reader.ReadAsync()))
            {
            }
        }

        public void Dispose()
        {
            _stop.Cancel();
            _stop.Dispose();
            _http.Dispose();
        }

        private async Task<string> TokenAsync()
        {
            var answer = await _http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/antiforgery", UriKind.Relative));
            return answer.GetProperty("token").GetString()!;
        }

        private async Task ReadAsync(HttpResponseMessage response)
        {
            using (response)
            {
                await using var body = await response.Content.ReadAsStreamAsync(_stop.Token);
                await foreach (var item in SseParser.Create(body).EnumerateAsync(_stop.Token))
                {
                    await _events.Writer.WriteAsync(item, _stop.Token);
                }
            }
        }
    }
}
