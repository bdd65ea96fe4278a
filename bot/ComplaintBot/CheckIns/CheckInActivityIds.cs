using System.Security.Cryptography;
using System.Text;

namespace ComplaintBot.CheckIns;

/// <summary>
/// The idempotency key of what a check-in sends, used as the outgoing activity's id: <c>checkin-{kind}-{h}</c>, where
/// <c>h</c> is the first 32 hex digits of SHA-256 of the check-in id (itself the complaint reference and the resolution
/// time). Every attempt to send the same message — a retry, or another instance after the lease of a killed one ran out —
/// carries the same id, so a channel or client that keeps activities by id shows it once.
/// </summary>
public static class CheckInActivityIds
{
    public const string Question = "question";

    public const string Reminder = "reminder";

    public static string For(string checkInId, string kind)
    {
        ArgumentNullException.ThrowIfNull(checkInId);
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(checkInId)));
        return $"checkin-{kind}-{hash[..32]}";
    }
}
