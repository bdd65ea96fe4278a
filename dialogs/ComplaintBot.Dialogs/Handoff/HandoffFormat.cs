namespace ComplaintBot.Dialogs.Handoff;

/// <summary>How the bot announces a handoff on the channel.</summary>
public enum HandoffFormat
{
    /// <summary>The standard Bot Framework <c>handoff.initiate</c> event with the transcript attached.</summary>
    BotFramework,

    /// <summary>
    /// Dynamics 365 Omnichannel for Customer Service: a message whose <c>channelData.tags</c> carries the Escalate
    /// command and whose text is a summary only the agent sees; every message meant for the customer is marked
    /// <c>channelData.deliveryMode = "bridged"</c>.
    /// </summary>
    Omnichannel,
}
