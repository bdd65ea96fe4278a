using System.Text;

namespace ComplaintBot.Protocol.State;

/// <summary>
/// A stored JSON document, as UTF-8 (the form it is serialized to and stored in, so a turn's save never converts it),
/// and the ETag it had when read (or must have when written). Two items are equal when their bytes and ETags are.
/// </summary>
public sealed record StoreItem(ReadOnlyMemory<byte> Utf8Json, string? ETag = null)
{
    public StoreItem(string json, string? etag = null)
        : this(Encoding.UTF8.GetBytes(json), etag)
    {
    }

    /// <summary>The document as text.</summary>
    public string Json => Encoding.UTF8.GetString(Utf8Json.Span);

    public bool Equals(StoreItem? other) =>
        other is not null && ETag == other.ETag && Utf8Json.Span.SequenceEqual(other.Utf8Json.Span);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Utf8Json.Span);
        hash.Add(ETag);
        return hash.ToHashCode();
    }
}
