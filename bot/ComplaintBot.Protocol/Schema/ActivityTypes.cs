namespace ComplaintBot.Protocol.Schema;

/// <summary>The activity type names of the spec (compared ordinally).</summary>
public static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string ContactRelationUpdate = "contactRelationUpdate";
    public const string Typing = "typing";
    public const string EndOfConversation = "endOfConversation";
    public const string Event = "event";
    public const string Invoke = "invoke";
    public const string InstallationUpdate = "installationUpdate";
    public const string MessageReaction = "messageReaction";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
    public const string Trace = "trace";
    public const string Handoff = "handoff";

    /// <summary>SDK-internal pseudo type: the bot's answer to an invoke. Never sent on the wire.</summary>
    public const string InvokeResponse = "invokeResponse";
}
