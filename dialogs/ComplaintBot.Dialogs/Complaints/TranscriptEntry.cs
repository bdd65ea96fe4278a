using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>One message of the conversation as the complaint record keeps it.</summary>
public sealed record TranscriptEntry(DateTimeOffset At, TranscriptSpeaker Speaker, string Text)
{
    /// <summary>The agent's name when an agent wrote it.</summary>
    public string? AgentName { get; init; }

    /// <summary>The mood of a customer message, once analysed.</summary>
    public SentimentLabel? Mood { get; init; }
}

public enum TranscriptSpeaker
{
    Customer,
    Bot,
    Agent,
}
