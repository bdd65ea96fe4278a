using System.Data.Common;
using System.Text;
using ComplaintBot.Agents.Queue;
using ComplaintBot.CheckIns;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.DirectLine;
using ComplaintBot.Privacy;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Storage;
using ComplaintBot.Tests.Hosting;
using ComplaintBot.Tests.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace ComplaintBot.Tests.Privacy;

/// <summary>
/// The real host on its configured database (SQLite file, or PostgreSQL), on a fake clock, with a way to put a
/// customer's data in every table through the bot's own stores and to read every table back directly.
/// </summary>
public sealed class PrivacyHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public PrivacyHost(IReadOnlyDictionary<string, string?> settings)
    {
        Factory = new BotHostFactory(settings, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(Time);
            // The tests run each sweep themselves (RetentionSweep), so none runs behind their back.
            services.Remove(services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(RetentionService)));
        });
        _ = Factory.Address;
    }

    public FakeTimeProvider Time { get; } = new(Start);

    public BotHostFactory Factory { get; }

    public IServiceProvider Services => Factory.Services;

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// A customer with a resolved complaint (story, contact details and transcript marked with <paramref name="marker"/>),
    /// their user and conversation state, a web chat conversation when on webchat, an ended handoff and a check-in.
    /// </summary>
    public async Task<SeededCustomer> SeedAsync(string channelId, string marker, string email, ComplaintStatus status = ComplaintStatus.Resolved)
    {
        var userId = $"{channelId}-user-{Guid.NewGuid():N}";
        var now = Time.GetUtcNow();
        var sample = SampleComplaints.Create(customer: new Customer(channelId, userId), createdAt: now, status: status);
        var complaint = await Get<IComplaintStore>().AddAsync(
            sample with
            {
                Customer = sample.Customer with { Email = email, Name = marker + " Name", Phone = "+386 41 555 0199" },
                Description = marker + " story",
                Transcript = [new TranscriptEntry(now, TranscriptSpeaker.Customer, marker + " said")],
                Resolution = marker + " resolution",
                ResolvedAt = status == ComplaintStatus.Resolved ? now : null,
            },
            CancellationToken.None);
        var conversationId = complaint.Conversation.Conversation!.Id!;
        await Get<IStorage>().WriteAsync(
            new Dictionary<string, StoreItem>
            {
                [UserState.KeyOf(channelId, userId)] = new($$"""{"note":"{{marker}} user state"}"""),
                [ConversationState.KeyOf(channelId, conversationId)] = new($$"""{"note":"{{marker}} conversation state"}"""),
            },
            CancellationToken.None);
        string? directLineConversation = null;
        if (channelId == DirectLineChannel.ChannelId)
        {
            directLineConversation = "dl-" + Guid.NewGuid().ToString("N");
            var directLine = Get<IDirectLineStore>();
            Assert.True(await directLine.TryStartAsync(new DirectLineConversation(directLineConversation, userId, "en-US", now, 0), CancellationToken.None));
            await directLine.AppendAsync(
                directLineConversation,
                new Activity { Type = ActivityTypes.Message, Text = marker + " typed on web chat", From = new ChannelAccount { Id = userId } },
                CancellationToken.None);
        }

        var conversationKey = ConversationKeys.Of(complaint.Conversation);
        await Get<IHandoffStore>().AddAsync(
            new HandoffTicket
            {
                Id = Guid.NewGuid().ToString("N"),
                ComplaintReference = complaint.Reference,
                ConversationKey = conversationKey,
                Status = HandoffStatus.Resolved,
                AgentName = "Ana Novak",
                Language = "en",
                RequestedAt = now,
            },
            CancellationToken.None);
        var checkIn = Guid.NewGuid().ToString("N");
        await Get<ICheckInStore>().ScheduleAsync(
            new CheckInSchedule(checkIn, complaint.Reference, conversationKey, complaint.Category.ToString(), "en", "Ana Novak", now, now.AddDays(1), now.AddDays(8)),
            now,
            CancellationToken.None);
        await Get<IConversationTimeZones>().RememberAsync(conversationKey, "Europe/Ljubljana", now, CancellationToken.None);
        await using (var connection = await Get<StorageDatabase>().OpenCurrentAsync(CancellationToken.None))
        {
            // What the survey and the support team's outbox keep once the customer answered with a comment.
            await using var command = connection.CreateCommand();
            command.CommandText = """
                UPDATE check_ins SET rating = 2, comment = @comment WHERE id = @id;
                INSERT INTO support_notifications (notification_id, target, kind, payload, status, attempts, created_at)
                VALUES (@id, 'Webhook', 'NegativeResult', @payload, 'Delivered', 1, @now)
                """;
            command.AddParameter("@comment", marker + " comment");
            command.AddParameter("@id", checkIn);
            command.AddParameter("@payload", $$"""{"reference":"{{complaint.Reference}}","comment":"{{marker}} comment"}""");
            command.AddParameter("@now", Get<StorageDatabase>().Timestamp(now));
            await command.ExecuteNonQueryAsync();
        }

        return new SeededCustomer(channelId, userId, email, marker, complaint.Reference, conversationId, directLineConversation);
    }

    /// <summary>Every row of every table the bot keeps customer data in, as text, read directly from the database.</summary>
    public async Task<string> DatabaseTextAsync()
    {
        var text = new StringBuilder();
        await using var connection = await Get<StorageDatabase>().OpenCurrentAsync(CancellationToken.None);
        foreach (var table in new[] { "complaints", "bot_state", "handoffs", "check_ins", "conversation_time_zones", "support_notifications" })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(table).Append('.').Append(reader.GetName(i)).Append('=').Append(reader.GetValue(i)).Append('\n');
                }
            }
        }

        return text.ToString();
    }

    /// <summary>Which of the keys exist in bot_state.</summary>
    public async Task<IReadOnlyCollection<string>> StateKeysAsync(params string[] keys)
        => [.. (await Get<IStorage>().ReadAsync(keys, CancellationToken.None)).Keys];

    public async Task<int> CountAsync(string sql)
    {
        await using var connection = await Get<StorageDatabase>().OpenCurrentAsync(CancellationToken.None);
        await using DbCommand command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        Factory.DeleteDataDirectory();
    }
}

/// <summary>What <see cref="PrivacyHost.SeedAsync"/> put in the database for one customer.</summary>
public sealed record SeededCustomer(
    string ChannelId,
    string UserId,
    string Email,
    string Marker,
    string ComplaintReference,
    string ConversationId,
    string? DirectLineConversationId)
{
    public string UserStateKey => UserState.KeyOf(ChannelId, UserId);

    public string ConversationStateKey => ConversationState.KeyOf(ChannelId, ConversationId);
}
