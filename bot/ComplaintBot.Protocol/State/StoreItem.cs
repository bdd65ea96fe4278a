namespace ComplaintBot.Protocol.State;

/// <summary>A stored JSON document and the ETag it had when read (or must have when written).</summary>
public sealed record StoreItem(string Json, string? ETag = null);
