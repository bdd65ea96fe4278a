using System.Globalization;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Agents.Teams;

/// <summary>A handoff's facts in plain English words for agents in Teams (the card and the agent's chat).</summary>
public static class HandoffWords
{
    /// <summary>The longest piece of customer text shown at once; the rest is cut with an ellipsis.</summary>
    public const int MaxTextLength = 600;

    public static string Reason(EscalationReason reason) => reason switch
    {
        EscalationReason.Requested => "Asked for a person",
        EscalationReason.Threat => "Threatened to leave, complain or go public",
        EscalationReason.Urgent => "Urgent, with harm to the customer",
        EscalationReason.Repeated => "Worn out from repeating or waiting",
        EscalationReason.Angry => "Angry or strongly negative",
        EscalationReason.MoodTrend => "Mood turned over the last messages",
        EscalationReason.NotUnderstood => "The bot did not understand several times",
        _ => reason.ToString(),
    };

    public static string Signal(UpsetSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        var kind = signal.Kind switch
        {
            UpsetSignalKind.Anger => "anger",
            UpsetSignalKind.Insult => "insult",
            UpsetSignalKind.Threat => "threat",
            UpsetSignalKind.HumanRequest => "asked for a person",
            UpsetSignalKind.Profanity => "swearing",
            UpsetSignalKind.Shouting => "shouting",
            UpsetSignalKind.RepeatedPunctuation => "repeated punctuation",
            UpsetSignalKind.Sarcasm => "sarcasm",
            UpsetSignalKind.Exhaustion => "exhaustion",
            UpsetSignalKind.UrgentHarm => "urgent harm",
            _ => signal.Kind.ToString(),
        };
        return string.IsNullOrWhiteSpace(signal.Evidence) ? kind : $"{kind} (\u201C{Cut(signal.Evidence)}\u201D)";
    }

    public static string Signals(IReadOnlyList<UpsetSignal> signals)
        => signals is null || signals.Count == 0 ? "none recorded" : string.Join(", ", signals.Select(Signal));

    public static string Mood(SentimentLabel mood) => mood.ToString().ToLowerInvariant();

    /// <summary>"Korean (ko)"; the code alone when it is not a culture .NET knows.</summary>
    public static string Language(string code)
    {
        try
        {
            return $"{CultureInfo.GetCultureInfo(code).EnglishName} ({code})";
        }
        catch (CultureNotFoundException)
        {
            return code;
        }
    }

    public static string Flags(bool isVip, bool isFrequentContacter)
    {
        var flags = new List<string>(2);
        if (isVip)
        {
            flags.Add("VIP");
        }

        if (isFrequentContacter)
        {
            flags.Add("frequent contacter");
        }

        return flags.Count == 0 ? "none" : string.Join(", ", flags);
    }

    public static string Speaker(TranscriptEntry line)
    {
        ArgumentNullException.ThrowIfNull(line);
        return line.Speaker switch
        {
            TranscriptSpeaker.Customer => "Customer",
            TranscriptSpeaker.Agent => line.AgentName ?? "Agent",
            _ => "Bot",
        };
    }

    /// <summary>Where the handoff stands, for the card's last line; null while it waits.</summary>
    public static string? Outcome(HandoffTicket ticket)
    {
        ArgumentNullException.ThrowIfNull(ticket);
        return ticket.Status switch
        {
            HandoffStatus.Accepted => $"Accepted by {ticket.AgentName}",
            HandoffStatus.Returned => "Handed back to the bot",
            HandoffStatus.Resolved => ticket.AgentName is null ? "Resolved" : $"Resolved by {ticket.AgentName}",
            _ => null,
        };
    }

    /// <summary>At most <see cref="MaxTextLength"/> characters.</summary>
    public static string Cut(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length <= MaxTextLength ? text : string.Concat(text.AsSpan(0, MaxTextLength - 1), "\u2026");
    }
}
