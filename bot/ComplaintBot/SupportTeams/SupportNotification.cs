using ComplaintBot.CheckIns;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// What the support team is told: one negative check-in result, or the daily digest. Exactly one of
/// <see cref="Result"/> and <see cref="Digest"/> is set. This is also the webhook's JSON body.
/// </summary>
/// <param name="Id">The notification's idempotency key, the same on every delivery attempt and target.</param>
public sealed record SupportNotification(string Id, SupportNotificationKind Kind, DateTimeOffset CreatedAt, CheckInResult? Result, DailyDigest? Digest)
{
    /// <summary>The one notification of a check-in's negative result.</summary>
    public static SupportNotification NegativeResult(CheckInResult result, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new SupportNotification("negative-result:" + result.CheckInId, SupportNotificationKind.NegativeResult, now, result, Digest: null);
    }

    /// <summary>The one digest of a day.</summary>
    public static SupportNotification DailyDigest(DailyDigest digest, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(digest);
        return new SupportNotification(DigestId(digest.Day), SupportNotificationKind.DailyDigest,
now, Result: null, digest);
    }

    /// <summary>The id of a day's digest.</summary>
    public static string DigestId(DateOnly day) => "daily-digest:" + day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
