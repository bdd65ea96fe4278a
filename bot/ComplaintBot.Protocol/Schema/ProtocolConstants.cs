namespace ComplaintBot.Protocol.Schema;

/// <summary>The SDK's <c>inputHint</c> values.</summary>
public static class InputHints
{
    public const string AcceptingInput = "acceptingInput";
    public const string ExpectingInput = "expectingInput";
    public const string IgnoringInput = "ignoringInput";
}

/// <summary>The <c>deliveryMode</c> values.</summary>
public static class DeliveryModes
{
    public const string Normal = "normal";
    public const string Notification = "notification";
    public const string ExpectReplies = "expectReplies";
    public const string Ephemeral = "ephemeral";
}

/// <summary>Card action types.</summary>
public static class ActionTypes
{
    public const string ImBack = "imBack";
    public const string PostBack = "postBack";
    public const string MessageBack = "messageBack";
    public const string OpenUrl = "openUrl";
}

/// <summary>Channel ids the bot treats specially.</summary>
public static class Channels
{
    public const string MsTeams = "msteams";
    public const string DirectLine = "directline";
    public const string WebChat = "webchat";
    public const string Emulator = "emulator";
    public const string Test = "test";
}

/// <summary>Event names of the protocol.</summary>
public static class ActivityEventNames
{
    public const string ContinueConversation = "ContinueConversation";
    public const string CreateConversation = "CreateConversation";
    public const string HandoffInitiate = "handoff.initiate";
    public const string HandoffStatus = "handoff.status";
}

/// <summary>Content types of attachments.</summary>
public static class ContentTypes
{
    public const string AdaptiveCard = "application/vnd.microsoft.card.adaptive";
    public const string Json = "application/json";
}
