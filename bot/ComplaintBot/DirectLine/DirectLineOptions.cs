using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.DirectLine;

/// <summary>The embedded Direct Line endpoint (<c>DirectLine</c> section).</summary>
public sealed class DirectLineOptions
{
    public const string SectionName = "DirectLine";

    /// <summary>Serve <c>/v3/directline</c> and the chat page at <c>/</c>. Switch off when Azure's Direct Line is used.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The Direct Line secret a website's backend exchanges for tokens at <c>tokens/generate</c>. Unset: anyone who
    /// can reach the bot may get a token (the embedded default for a laptop).
    /// </summary>
    public string? Secret { get; set; }

    /// <summary>
    /// Base64 HMAC key (at least 32 bytes) that signs the tokens. Unset: a random key is generated once and kept in
    /// the data folder, so tokens survive a restart.
    /// </summary>
    public string? TokenSigningKey { get; set; }

    /// <summary>How long a conversation token lives (Direct Line: 30 minutes, refreshed by the client at half-time).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a stream URL may wait before its WebSocket is opened (Direct Line: 60 seconds).</summary>
    [Range(typeof(TimeSpan), "00:00:05", "00:10:00")]
    public TimeSpan StreamUrlLifetime { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often an idle WebSocket gets an empty keep-alive frame.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
