namespace ComplaintBot.Channels;

/// <summary>Settings of the outbound connector (section <c>BotConnector</c>).</summary>
public sealed class BotConnectorOptions
{
    public const string SectionName = "BotConnector";

    /// <summary>Service URLs trusted with the bot's token before any activity arrived from them (e.g. Teams' regional URLs for proactive messages).</summary>
    public IList<string> TrustedServiceUrls { get; } = [];
}
