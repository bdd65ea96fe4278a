using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Protocol.State;

/// <summary>State kept per user of a channel: language, contact details already given, earlier complaints.</summary>
public sealed class UserState(IStorage storage) : BotState(storage, nameof(UserState))
{
    protected override string GetStorageKey(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var channelId = activity.ChannelId ?? throw new InvalidOperationException("The activity has no channelId.");
        var userId = activity.From?.Id ?? throw new InvalidOperationException("The activity has no from.id.");
        return KeyOf(channelId, userId);
    }

    /// <summary>The storage key of one user's state on a channel.</summary>
    public static string KeyOf(string channelId, string userId) => $"{channelId}/users/{userId}";
}
