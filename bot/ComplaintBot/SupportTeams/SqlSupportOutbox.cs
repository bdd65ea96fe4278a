using System.Globalization;
using ComplaintBot.Agents.Storage;
using Npgsql;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// The outbox in the table <c>support_notifications</c> of the configured database. A claim is one conditional
/// <c>UPDATE … RETURNING</c>, as for check-ins: SQLite runs it in the process's one writer, PostgreSQL skips rows
/// another instance is claiming and re-checks the lease condition on the rows it updates. Every write goes through
/// <see cref="AgentsDatabase.WriteAsync{T}"/> and is committed, on disk, before it returns.
/// </summary>
public sealed class SqlSupportOutbox(AgentsDatabase database) : ISupportOutbox
{
    private const string Claimable = "status = 'Pending' AND (lease_until IS NULL OR lease_until <= @now)";

    private const string HeldEntry = "notification_id = @id AND target = @target AND lease_owner = @owner AND status = 'Pending'";

    public async Task<bool> EnqueueAsync(SupportNotification notification, SupportTarget target, string payload, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = """
                    INSERT INTO support_notifications (notification_id, target, kind, payload, status, attempts, created_at)
                    VALUES (@id, @target, @kind, @payload, 'Pending', 0, @now)
                    ON CONFLICT DO NOTHING
                    """;
                AgentsDatabase.Add(command, "@id", notification.Id);
                AgentsDatabase.Add(command, "@target", target.ToString());
                AgentsDatabase.Add(command, "@kind", notification.Kind.ToString());
                AgentsDatabase.Add(command, "@payload", payload);
                AgentsDatabase.Add(command, "@now", now);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<bool> ContainsAsync(string notificationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM support_notifications WHERE notification_id = @id LIMIT 1";
        AgentsDatabase.Add(command, "@id", notificationId);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task<IReadOnlyList<OutboxDelivery>> ClaimDueAsync(string owner, DateTimeOffset now, DateTimeOffset leaseUntil, int limit, CancellationToken cancellationToken)
    {
        return await database.WriteAsync<IReadOnlyList<OutboxDelivery>>(
            async (command, token) =>
            {
                var skipLocked = command is NpgsqlCommand ? "FOR UPDATE SKIP LOCKED" : string.Empty;
                command.CommandText = $"""
                    UPDATE support_notifications SET lease_owner = @owner, lease_until = @lease_until, attempts = attempts + 1
                    WHERE (notification_id, target) IN (
                        SELECT notification_id, target FROM support_notifications
                        WHERE {Claimable}
                        ORDER BY created_at LIMIT @limit {skipLocked})
                      AND {Claimable}
                    RETURNING notification_id, target, payload, attempts
                    """;
                AgentsDatabase.AddLeaseClaim(command, owner, now, leaseUntil, limit);
                var claimed = new List<OutboxDelivery>();
                await using var reader = await command.ExecuteReaderAsync(token);
                while (await reader.ReadAsync(token))
                {
                    claimed.Add(new OutboxDelivery(
                        reader.GetString(0),
                        Enum.Parse<SupportTarget>(reader.GetString(1)),
                        reader.GetString(2),
                        Convert.ToInt32(reader.GetValue(3), CultureInfo.InvariantCulture)));
                }

                return claimed;
            },
            cancellationToken);
    }

    public async Task<bool> CompleteAsync(OutboxDelivery delivery, string owner, SupportDeliveryStatus status, DateTimeOffset now, string? failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"""
                    UPDATE support_notifications SET status = @status, lease_owner = NULL, lease_until = NULL, last_failure = @failure, completed_at = @now
                    WHERE {HeldEntry}
                    """;
                AddHeld(command, delivery, owner);
                AgentsDatabase.Add(command, "@status", status.ToString());
                AgentsDatabase.Add(command, "@now", now);
                AgentsDatabase.Add(command, "@failure", failure);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<bool> RetryLaterAsync(OutboxDelivery delivery, string owner, DateTimeOffset retryAt, string failure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        return await database.WriteAsync(
            async (command, token) =>
            {
                command.CommandText = $"UPDATE support_notifications SET lease_owner = NULL, lease_until = @retry_at, last_failure = @failure WHERE {HeldEntry}";
                AddHeld(command, delivery, owner);
                AgentsDatabase.Add(command, "@retry_at", retryAt);
                AgentsDatabase.Add(command, "@failure", failure);
                return await command.ExecuteNonQueryAsync(token) == 1;
            },
            cancellationToken);
    }

    public async Task<SupportDeliveryStatus?> FindStatusAsync(string notificationId, SupportTarget target, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status FROM support_notifications WHERE notification_id = @id AND target = @target";
        AgentsDatabase.Add(command, "@id", notificationId);
        AgentsDatabase.Add(command, "@target", target.ToString());
        return await command.ExecuteScalarAsync(cancellationToken) is string status ? Enum.Parse<SupportDeliveryStatus>(status) : null;
    }

    private static void AddHeld(System.Data.Common.DbCommand command, OutboxDelivery delivery, string owner)
    {
        AgentsDatabase.Add(command, "@id", delivery.NotificationId);
        AgentsDatabase.Add(command, "@target", delivery.Target.ToString());
        AgentsDatabase.Add(command, "@owner", owner);
    }
}
