using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Agents.Queue;

/// <summary>The one string that names a customer's conversation across channels: channel id and conversation id.</summary>
public static class ConversationKeys
{
    public static string Of(ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return Of(reference.ChannelId, reference.Conversation?.Id);
    }

    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Of(activity.ChannelId, activity.Conversation?.Id);
    }

    private static string Of(string? channelId, string? conversationId)
    {
        if (string.IsNullOrEmpty(channelId) || string.IsNullOrEmpty(conversationId))
        {
            throw new ArgumentException("A conversation needs a channel id and a conversation id.");
        }

        return channelId + "/" + conversationId;
    }
}
