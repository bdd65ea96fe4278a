using System.Security.Cryptography;
using System.Text;

namespace ComplaintBot.SupportTeams;

/// <summary>
/// How a webhook delivery is signed: <c>X-ComplaintBot-Signature: sha256=&lt;hex&gt;</c>, the lowercase hex HMAC-SHA256,
/// keyed with the shared secret (UTF-8), of the <c>X-ComplaintBot-Timestamp</c> value (Unix seconds), a dot, and the raw
/// body bytes. A receiver recomputes it, compares in constant time, rejects timestamps more than five minutes away from
/// its clock, and ignores a <c>X-ComplaintBot-Delivery</c> id it has seen (retries repeat it).
/// </summary>
public static class WebhookSignature
{
    public const string SignatureHeader = "X-ComplaintBot-Signature";
    public const string TimestampHeader = "X-ComplaintBot-Timestamp";
    public const string DeliveryHeader = "X-ComplaintBot-Delivery";
    public const string Prefix = "sha256=";

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        ArgumentException.ThrowIfNullOrEmpty(timestamp);
        var signed = new byte[Encoding.UTF8.GetByteCount(timestamp) + 1 + body.Length];
        var written = Encoding.UTF8.GetBytes(timestamp, signed);
        signed[written] = (byte)'.';
        body.CopyTo(signed.AsSpan(written + 1));
        return Prefix + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}
