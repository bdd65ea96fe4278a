namespace ComplaintBot.CheckIns;

/// <summary>
/// The hours of the customer's day when nothing proactive is sent, from <paramref name="Start"/> to
/// <paramref name="End"/> local time (across midnight when the start is later than the end; none when they are equal).
/// </summary>
public sealed record QuietHours(TimeSpan Start, TimeSpan End)
{
    /// <summary><paramref name="at"/> itself when it is outside quiet hours in <paramref name="zone"/>, else the moment they end.</summary>
    public DateTimeOffset NextAllowed(DateTimeOffset at, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (Start == End)
        {
            return at;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var time = local.TimeOfDay;
        var acrossMidnight = Start > End;
        var quiet = acrossMidnight ? time >= Start || time < End : time >= Start && time < End;
        if (!quiet)
        {
            return at;
        }

        var endDay = acrossMidnight && time >= Start ? local.Date.AddDays(1) : local.Date;
        var endLocal = DateTime.SpecifyKind(endDay + End, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(endLocal))
        {
            endLocal = endLocal.AddMinutes(30);
        }

        return new DateTimeOffset(endLocal, zone.GetUtcOffset(endLocal)).ToUniversalTime();
    }
}
