namespace ComplaintBot.Privacy;

/// <summary>One channel's identity of a customer: the channel id and the user's <c>from.id</c> there.</summary>
public sealed record ChannelUser(string ChannelId, string UserId);
