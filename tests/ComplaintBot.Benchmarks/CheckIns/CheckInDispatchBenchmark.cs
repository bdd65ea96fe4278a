using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ComplaintBot.CheckIns;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Hosting;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ComplaintBot.Benchmarks.CheckIns;

/// <summary>
/// <c>dotnet run -c Release --project tests/ComplaintBot.Benchmarks -- checkin-dispatch [--count 100000]
/// [--concurrency 64] [--batch 500] [--latency-ms 10]</c>: the real host's <see cref="CheckInSender"/> over SQLite (a
/// temporary folder, full sync) with <c>count</c> resolved complaints whose check-ins are all due, sending to a stub
/// Bot Connector channel on Kestrel at 127.0.0.1 that answers each activity after <c>latency-ms</c>. Reports the
/// dispatch rate, the memory, and checks that every check-in reached the channel exactly once (by activity id) and is
/// recorded as sent.
/// </summary>
public static class CheckInDispatchBenchmark
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var count = Option(args, "--count", 100_000);
        var concurrency = Option(args, "--concurrency", 64);
        var batch = Option(args, "--batch", 500);
        var latency = TimeSpan.FromMilliseconds(Option(args, "--latency-ms", 10));
        var dataDirectory = Path.Combine(Path.GetTempPath(), "complaintbot-bench", Guid.NewGuid().ToString("N"));
        await using var channel = await StubChannel.StartAsync(latency);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Benchmark" });
        builder.Logging.ClearProviders();
        builder.Configuration["Storage:DataDirectory"] = dataDirectory;
        builder.Configuration["CheckIns:SendConcurrency"] = concurrency.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["CheckIns:BatchSize"] = batch.ToString(CultureInfo.InvariantCulture);
        builder.Configuration["CheckIns:Lease"] = "00:10:00";
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddComplaintBot();
        builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(CheckInDispatcher)));
        await using var app = builder.Build();
        app.MapComplaintBot();
        await app.StartAsync();
        try
        {
            var now = DateTimeOffset.UtcNow;
            await SeedAsync(app.Services, channel.ServiceUrl, count, now);
            var sender = app.Services.GetRequiredService<CheckInSender>();
            GC.Collect();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            var delivered = await sender.SendDueAsync(CancellationToken.None);
            clock.Stop();
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            using var process = Process.GetCurrentProcess();

            var sent = await CountSentAsync(app.Services);
            var duplicates = channel.Received.Count(pair => pair.Value > 1);
            Console.WriteLine($"checkin-dispatch: {count:N0} due check-ins, concurrency {concurrency}, batch {batch}, channel latency {latency.TotalMilliseconds} ms, {Environment.ProcessorCount} cores");
            Console.WriteLine($"delivered {delivered:N0} in {clock.Elapsed.TotalSeconds:0.0} s = {delivered / clock.Elapsed.TotalSeconds:N0} check-ins/s");
            Console.WriteLine($"allocated {allocated / (double)delivered / 1024:0.0} KiB per check-in; peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB; managed heap after {GC.GetTotalMemory(false) / 1024 / 1024} MiB");
            Console.WriteLine($"channel received {channel.Received.Values.Sum():N0} activities with {channel.Received.Count:N0} distinct ids; duplicates {duplicates}; rows recorded sent {sent:N0}");
            return delivered == count && sent == count && duplicates == 0 && channel.Received.Count == count ? 0 : 1;
        }
        finally
        {
            await app.StopAsync();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static int Option(IReadOnlyList<string> args, string name, int fallback)
    {
        var index = args.ToList().IndexOf(name);
        return index >= 0 && index + 1 < args.Count ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
    }

    /// <summary>Resolved complaints and their due check-ins, written in one transaction each (set-up, not measured).</summary>
    private static async Task SeedAsync(IServiceProvider services, Uri serviceUrl, int count, DateTimeOffset now)
    {
        var database = (SqliteDatabase)services.GetRequiredService<StorageDatabase>();
        await database.EnsureSchemaAsync(CancellationToken.None);
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var transaction = (Microsoft.Data.Sqlite.SqliteTransaction)await connection.BeginTransactionAsync();
        await using var complaint = connection.CreateCommand();
        complaint.CommandText = """
            INSERT INTO complaints (reference, channel_id, user_id, status, category, priority, created_at, updated_at, version, document)
            VALUES ($reference, 'webchat', $user, 'Resolved', 'Delivery', 'Normal', $at, $at, 1, $document)
            """;
        await using var checkIn = connection.CreateCommand();
        checkIn.CommandText = """
            INSERT INTO check_ins (id, complaint_reference, conversation_key, status, due_at, window_ends_at, attempts, created_at, resolved_at, category, language)
            VALUES ($id, $reference, $conversation, 'Scheduled', $due, $window, 0, $at, $at, 'Delivery', 'en')
            """;
        var at = SqliteDatabase.FormatTimestamp(now.AddDays(-1));
        for (var i = 0; i < count; i++)
        {
            var reference = "CMP-B" + i.ToString("D7", CultureInfo.InvariantCulture);
            var resolved = Complaint(reference, serviceUrl, now.AddDays(-1));
            complaint.Parameters.Clear();
            complaint.Parameters.AddWithValue("$reference", reference);
            complaint.Parameters.AddWithValue("$user", resolved.Customer.UserId);
            complaint.Parameters.AddWithValue("$at", at);
            complaint.Parameters.AddWithValue("$document", ComplaintDocument.Serialize(resolved));
            await complaint.ExecuteNonQueryAsync();
            checkIn.Parameters.Clear();
            checkIn.Parameters.AddWithValue("$id", CheckInScheduler.IdFor(reference, resolved.ResolvedAt!.Value));
            checkIn.Parameters.AddWithValue("$reference", reference);
            checkIn.Parameters.AddWithValue("$conversation", "webchat/" + resolved.Conversation.Conversation!.Id);
            checkIn.Parameters.AddWithValue("$due", SqliteDatabase.FormatTimestamp(now.AddMinutes(-1)));
            checkIn.Parameters.AddWithValue("$window", SqliteDatabase.FormatTimestamp(now.AddDays(2)));
            checkIn.Parameters.AddWithValue("$at", at);
            await checkIn.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    private static Complaint Complaint(string reference, Uri serviceUrl, DateTimeOffset resolvedAt) => new()
    {
        Reference = reference,
        Customer = new Customer("webchat", "user-" + reference),
        Conversation = new ConversationReference
        {
            ChannelId = "webchat",
            ServiceUrl = serviceUrl.AbsoluteUri,
            User = new ChannelAccount { Id = "user-" + reference },
            Bot = new ChannelAccount { Id = "bot" },
            Conversation = new ConversationAccount { Id = "conv-" + reference },
        },
        Language = "en",
        Category = ComplaintCategory.Delivery,
        Description = "The parcel arrived a week late.",
        CreatedAt = resolvedAt.AddDays(-2),
        Deadline = resolvedAt.AddDays(-1),
        Status = ComplaintStatus.Resolved,
        Resolution = "We refunded the shipping costs.",
        ResolvedAt = resolvedAt,
        History = [new StatusChange(resolvedAt, ComplaintStatus.Resolved, "Bench Agent")],
    };

    private static async Task<long> CountSentAsync(IServiceProvider services)
    {
        var database = (SqliteDatabase)services.GetRequiredService<StorageDatabase>();
        await using var connection = await database.OpenAsync(CancellationToken.None);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM check_ins WHERE status = 'Sent'";
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>A Bot Connector channel that answers every activity after a fixed latency and counts each activity id it receives.</summary>
    private sealed class StubChannel : IAsyncDisposable
    {
        private readonly WebApplication _app;

        private StubChannel(WebApplication app, Uri serviceUrl, ConcurrentDictionary<string, int> received)
        {
            _app = app;
            ServiceUrl = serviceUrl;
            Received = received;
        }

        public Uri ServiceUrl { get; }

        /// <summary>How often each activity id arrived.</summary>
        public ConcurrentDictionary<string, int> Received { get; }

        public static async Task<StubChannel> StartAsync(TimeSpan latency)
        {
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            var app = builder.Build();
            var received = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
            app.MapPost("/v3/conversations/{conversationId}/activities", async (HttpContext context) =>
            {
                using var body = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
                var id = body.RootElement.GetProperty("id").GetString()!;
                received.AddOrUpdate(id, 1, (_, seen) => seen + 1);
                await Task.Delay(latency, context.RequestAborted);
                return Results.Json(new { id = "stub-" + id });
            });
            await app.StartAsync();
            var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new StubChannel(app, new Uri(address.TrimEnd('/') + "/"), received);
        }

        public async ValueTask DisposeAsync()
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
    }
}
