namespace ComplaintBot.Protocol.Schema;

/// <summary>The SDK's conversation-reference semantics (BBD ActivityEx.cs / ConversationReference.cs).</summary>
public static class ActivityExtensions
{
    /// <summary>The reference to the conversation of an incoming activity.</summary>
    public static ConversationReference GetConversationReference(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var isDirectLineJoin = activity.Type == ActivityTypes.ConversationUpdate
            && (activity.ChannelId == Channels.DirectLine || activity.ChannelId == Channels.WebChat);
        return new ConversationReference
        {
            ActivityId = isDirectLineJoin ? null : activity.Id,
            User = activity.From,
            Bot = activity.Recipient,
            Conversation = activity.Conversation,
            ChannelId = activity.ChannelId,
            Locale = activity.Locale,
            ServiceUrl = activity.ServiceUrl,
        };
    }

    /// <summary>
    /// Addresses <paramref name="activity"/> by <paramref name="reference"/>. Outgoing: from the bot to the user, as a
    /// reply to the reference's activity. Incoming: from the user to the bot, with the reference's activity id.
    /// </summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference, bool isIncoming = false)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(reference);
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.Locale ??= reference.Locale;
        if (isIncoming)
        {
            activity.From = reference.User;
            activity.Recipient = reference.Bot;
            if (reference.ActivityId is not null)
            {
                activity.Id = reference.ActivityId;
            }
        }
        else
        {
            activity.From = reference.Bot;
            activity.Recipient = reference.User;
            if (reference.ActivityId is not null)
            {
                activity.ReplyToId = reference.ActivityId;
            }
        }

        return activity;
    }

    /// <summary>The event that starts a proactive turn in the referenced conversation.</summary>
    public static Activity GetContinuationActivity(this ConversationReference reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return new Activity
        {
            Type = ActivityTypes.Event,
            Name = ActivityEventNames.ContinueConversation,
            Id = Guid.NewGuid().ToString(),
            ChannelId = reference.ChannelId,
            Locale = reference.Locale,
            ServiceUrl = reference.ServiceUrl,
            Conversation = reference.Conversation,
            Recipient = reference.Bot,
            From = reference.User,
            RelatesTo = reference,
        };
    }

    /// <summary>A plain text message with the SDK's default input hint.</summary>
    public static Activity CreateMessage(string text, string? inputHint = InputHints.AcceptingInput) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        InputHint = inputHint,
    };

    public static bool IsType(this Activity activity, string type)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.Type, type, StringComparison.Ordinal);
    }
}
