using System.Globalization;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintBot.CheckIns;

/// <summary>
/// Schedules the satisfaction check-in when a complaint is resolved: due <see cref="CheckInOptions.Delay"/> after the
/// resolution — moved to the end of the customer's quiet hours when it falls inside them (in the zone their channel
/// reported, else <see cref="CheckInOptions.DefaultTimeZone"/>) — and sendable until <see cref="CheckInOptions.Window"/>
/// after the unmoved due time. One resolution gives one check-in, however often it is told.
/// </summary>
public sealed class CheckInScheduler(ICheckInStore store, IConversationTimeZones timeZones, IOptions<CheckInOptions> options, TimeProvider time) : IComplaintResolvedListener
{
    public async Task OnResolvedAsync(Complaint complaint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        var settings = options.Value;
        var now = time.GetUtcNow();
        var resolvedAt = complaint.ResolvedAt ?? now;
        var conversationKey = ConversationKeys.Of(complaint.Conversation);
        var zone = settings.TimeZoneFor(await timeZones.FindAsync(conversationKey, cancellationToken));
        var dueAt = resolvedAt + settings.Delay;
        await store.ScheduleAsync(
            new CheckInSchedule(
                IdFor(complaint.Reference, resolvedAt),
                complaint.Reference,
                conversationKey,
                complaint.Category.ToString(),
                complaint.Language,
                ResolvingAgent(complaint),
                resolvedAt,
                settings.QuietHours.NextAllowed(dueAt, zone),
                dueAt + settings.Window),
            now,
            cancellationToken);
    }

    /// <summary>The check-in of one resolution: the complaint reference and the resolution time.</summary>
    public static string IdFor(string complaintReference, DateTimeOffset resolvedAt) =>
        complaintReference + "@" + resolvedAt.UtcTicks.ToString(CultureInfo.InvariantCulture);

    /// <summary>Who moved the complaint to resolved last (the agent's name); null when its history does not say.</summary>
    public static string? ResolvingAgent(Complaint complaint)
    {
        ArgumentNullException.ThrowIfNull(complaint);
        return complaint.History.LastOrDefault(change => change.Status == ComplaintStatus.Resolved)?.Actor;
    }
}
