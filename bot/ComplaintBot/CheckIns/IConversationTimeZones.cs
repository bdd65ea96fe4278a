namespace ComplaintBot.CheckIns;

/// <summary>The customer's time zone per conversation, as the channel last reported it (for quiet hours).</summary>
public interface IConversationTimeZones
{
    /// <summary>Keeps <paramref name="timeZoneId"/> for the conversation (a no-op when it is the one kept already).</summary>
    Task RememberAsync(string conversationKey, string timeZoneId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>The zone id kept for the conversation; null when the channel never reported one.</summary>
    Task<string?> FindAsync(string conversationKey, CancellationToken cancellationToken);
}
