using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.CheckIns;

/// <summary>The time zone a channel reports for the customer: the activity's <c>localTimezone</c> (Web Chat, Direct Line) or the <c>clientInfo</c> entity's <c>timezone</c> (Teams).</summary>
public static class CustomerTimeZone
{
    /// <summary>The reported zone id, when it names a zone this machine knows; null otherwise.</summary>
    public static string? ReportedBy(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var reported = activity.LocalTimezone is { Length: > 0 } local
            ? local
            : activity.Entities?
                .Where(entity => string.Equals(entity.Type, "clientInfo", StringComparison.OrdinalIgnoreCase))
                .Select(entity => entity.Properties is { } properties && properties.TryGetValue("timezone", out var zone) && zone.ValueKind == System.Text.Json.JsonValueKind.String ? zone.GetString() : null)
                .FirstOrDefault(zone => zone is { Length: > 0 });
        return reported is not null && TimeZoneInfo.TryFindSystemTimeZoneById(reported, out _) ? reported : null;
    }
}
