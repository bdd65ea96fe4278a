namespace ComplaintBot.Protocol.Schema;

/// <summary>The channel's answer to a send: the id it gave the activity.</summary>
public sealed record ResourceResponse(string? Id);
