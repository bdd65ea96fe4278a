using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Agents.Console;

/// <summary>A line of a conversation (or an internal note) as pushed to the consoles.</summary>
public sealed record ConsoleMessage(
    string ComplaintReference,
    string? HandoffId,
    TranscriptSpeaker Speaker,
    string? AgentName,
    string Text,
    DateTimeOffset At);
