using System.Text.Json;
using ComplaintBot.Agents;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>Puts a notification into the outbox once for every enabled target; the dispatcher delivers it.</summary>
public sealed class SupportNotifications(ISupportOutbox outbox, IOptions<SupportTeamsOptions> options)
{
    /// <summary>Returns how many targets got it newly (0 when it was queued before, or no target is enabled).</summary>
    public async Task<int> EnqueueAsync(SupportNotification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        var targets = options.Value.EnabledTargets;
        if (targets.Count == 0)
        {
            return 0;
        }

        var payload = JsonSerializer.Serialize(notification, AgentJson.Options);
        var added = 0;
        foreach (var target in targets)
        {
            added += await outbox.EnqueueAsync(notification, target, payload, notification.CreatedAt, cancellationToken) ? 1 : 0;
        }

        return added;
    }
}
