namespace ComplaintBot.DirectLine;

/// <summary>What a token is for: a conversation token (HTTP calls) or a short-lived stream URL ticket (the WebSocket).</summary>
public enum DirectLineTokenScope
{
    Conversation,
    Stream,
}
