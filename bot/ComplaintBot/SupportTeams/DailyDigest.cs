namespace ComplaintBot.SupportTeams;

/// <summary>
/// The digest of one local day: the figures of the check-ins sent in [<paramref name="From"/>, <paramref name="To"/>)
/// (that day in <paramref name="TimeZone"/>), as they stand when the digest is made.
/// </summary>
public sealed record DailyDigest(DateOnly Day, string TimeZone, DateTimeOffset From, DateTimeOffset To, SurveySummary Summary);
