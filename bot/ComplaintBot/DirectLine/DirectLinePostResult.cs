namespace ComplaintBot.DirectLine;

/// <summary>What became of an activity a client posted.</summary>
/// <param name="Id">The id the activity got in the stream; null when the conversation does not exist.</param>
/// <param name="BotFailed">The activity was stored and echoed, but the bot's turn failed (Direct Line answers 502).</param>
public sealed record DirectLinePostResult(string? Id, bool BotFailed = false);
