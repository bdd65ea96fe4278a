using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Protocol.State;

/// <summary>State kept per conversation: the dialog stack and what the conversation has collected.</summary>
public sealed class ConversationState(IStorage storage) : BotState(storage, nameof(ConversationState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var conversationId = activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
        return KeyOf(channelId, conversationId);
    }

    /// <summary>The storage key of one conversation's state.</summary>
    public static string KeyOf(string channelId, string conversationId) => $"{channelId}/conversations/{conversationId}";
}
