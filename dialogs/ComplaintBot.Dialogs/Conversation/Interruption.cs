namespace ComplaintBot.Dialogs.Conversation;

/// <summary>A request that interrupts whatever the bot is asking. (A request for a person is read by the sentiment analyzer.)</summary>
public enum Interruption
{
    None,
    Help,
    Cancel,
    StartOver,
    Status,
}
