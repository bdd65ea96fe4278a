using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.DirectLine;

/// <summary>How the embedded Direct Line appears to the bot: a Web Chat channel with its own service URL.</summary>
public static class DirectLineChannel
{
    /// <summary>The route prefix, as Direct Line 3.0 clients expect it.</summary>
    public const string RoutePrefix = "/v3/directline";

    /// <summary>
    /// The service URL on every activity the endpoint delivers. Replies to it never leave the process (see
    /// <see cref="DirectLineConnectorClientFactory"/>); it is the same on every host and port, so stored conversation
    /// references still route after a restart, and its <c>.invalid</c> host (RFC 2606) resolves nowhere.
    /// </summary>
    public const string ServiceUrl = "https://directline.complaintbot.invalid/";

    public const string ChannelId = Protocol.Schema.Channels.WebChat;

    /// <summary>The bot's account in every conversation of this channel.</summary>
    public static ChannelAccount BotAccount() => new() { Id = "complaintbot", Name = "ComplaintBot", Role = "bot" };

    public static bool IsServiceUrl(string? serviceUrl) =>
        serviceUrl is not null && string.Equals(serviceUrl.TrimEnd('/'), ServiceUrl.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
