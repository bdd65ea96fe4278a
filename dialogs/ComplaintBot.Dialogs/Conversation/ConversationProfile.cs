using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Conversation;

/// <summary>
/// What the bot remembers about one conversation outside the dialog stack: the customer's language, whether it
/// greeted them, the recent moods the escalation policy weighs, and what was said since the last complaint was filed.
/// </summary>
public sealed record ConversationProfile
{
    /// <summary>How many moods and transcript entries are kept; older ones fall off.</summary>
    public const int MoodWindow = 5;

    public const int TranscriptLimit = 200;

    /// <summary>The language code the bot speaks here (en, ko, ja, zh-Hans, sl); null until known.</summary>
    public string? Language { get; init; }

    public bool Greeted { get; init; }

    /// <summary>The moods of the customer's latest messages, oldest first.</summary>
    public IReadOnlyList<SentimentAnalysis> RecentMoods { get; init; } = [];

    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    public ConversationProfile WithMood(SentimentAnalysis mood)
        => this with { RecentMoods = [.. RecentMoods.TakeLast(MoodWindow - 1), mood] };

    public ConversationProfile WithTranscript(IEnumerable<TranscriptEntry> entries)
        => this with { Transcript = [.. Transcript.Concat(entries).TakeLast(TranscriptLimit)] };
}
