using ComplaintBot.CheckIns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// Queues the previous day's digest once <see cref="SupportTeamsOptions.DigestTime"/> has passed in
/// <see cref="SupportTeamsOptions.DigestTimeZone"/>, once per day (the outbox entry is keyed by the day). While making it,
/// it also queues any negative result of that day that was not queued yet (the listener's safety net: it is idempotent).
/// </summary>
public sealed class DailyDigestPlanner(
    ICheckInStore checkIns,
    ISupportOutbox outbox,
    SupportNotifications notifications,
    IOptions<SupportTeamsOptions> options,
    IOptions<CheckInOptions> checkInOptions,
    TimeProvider time)
{
    /// <summary>Queues the digest that is due now, if any and not queued before; true when it queued one.</summary>
    public async Task<bool> EnqueueDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        SupportTeamsOptionsValidator.TryFindTimeZone(settings.DigestTimeZone, out var zone);
        if (!settings.DigestEnabled || settings.EnabledTargets.Count == 0
            || DueDay(now, zone, settings.DigestTime) is not { } day
            || await outbox.ContainsAsync(SupportNotification.DigestId(day), cancellationToken))
        {
            return false;
        }

        var digest = await MakeAsync(day, zone, cancellationToken);
        return await notifications.EnqueueAsync(SupportNotification.DailyDigest(digest, now), cancellationToken) > 0;
    }

    /// <summary>The digest of one local day: the check-ins sent that day, with their results as they stand now.</summary>
    public async Task<DailyDigest> MakeAsync(DateOnly day, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var from = StartOf(day, zone);
        var to = StartOf(day.AddDays(1), zone);
        var earliestResolution = from - checkInOptions.Value.Delay - checkInOptions.Value.Window;
        var sent = (await checkIns.ListResultsAsync(earliestResolution, to, cancellationToken))
            .Where(result => result.SentAt >= from && result.SentAt < to)
            .ToList();
        var now = time.GetUtcNow();
        foreach (var negative in sent.Where(result => result.IsNegative))
        {
            await notifications.EnqueueAsync(SupportNotification.NegativeResult(negative, now), cancellationToken);
        }

        return new DailyDigest(day, zone.Id, from, to, SurveySummary.Of(sent));
    }

    /// <summary>The local day whose digest is due at <paramref name="now"/>: yesterday once the digest time has passed today.</summary>
    public static DateOnly? DueDay(DateTimeOffset now, TimeZoneInfo zone, TimeSpan digestTime)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        return local.TimeOfDay >= digestTime ? DateOnly.FromDateTime(local.DateTime).AddDays(-1) : null;
    }

    /// <summary>The first moment of a local day (later than midnight on a day whose midnight a clock change skips).</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var start = day.ToDateTime(TimeOnly.MinValue);
        while (zone.IsInvalidTime(start))
        {
            start = start.AddMinutes(15);
        }

        return new DateTimeOffset(start, zone.GetUtcOffset(start));
    }
}
