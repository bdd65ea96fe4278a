using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Conversation;

/// <summary>
/// This turn's view of the conversation, put in the turn state by the bot before the dialogs run: the profile it
/// loaded (and saves after the turn), the language and the mood of the message. Dialog steps read it with
/// <see cref="Of"/>.
/// </summary>
public sealed class ConversationTurn(ConversationProfile profile, CultureInfo culture, TurnMood? mood)
{
    public ConversationProfile Profile { get; private set; } = profile;

    /// <summary>The language the bot answers in this turn.</summary>
    public CultureInfo Culture { get; } = culture;

    /// <summary>The language code stored on complaints (en, ko, ja, zh-Hans, sl).</summary>
    public string Language => Culture.Name;

    /// <summary>The mood of the customer's message; null on turns without one (a join, an event).</summary>
    public TurnMood? Mood { get; } = mood;

    public static ConversationTurn Of(ITurnContext turnContext)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        return turnContext.TurnState.Get<ConversationTurn>()
            ?? throw new InvalidOperationException("The bot puts a ConversationTurn in the turn state before running the dialogs.");
    }

    /// <summary>Adds messages to the transcript the next complaint is filed with.</summary>
    public void Record(IEnumerable<TranscriptEntry> entries) => Profile = Profile.WithTranscript(entries);

    /// <summary>The transcript went into a filed complaint; the next one starts afresh.</summary>
    public void TranscriptFiled() => Profile = Profile with { Transcript = [] };

    public void Greeted() => Profile = Profile with { Greeted = true };

    /// <summary>The time zone the customer's client reported (IANA id), or UTC.</summary>
    public static TimeZoneInfo TimeZoneOf(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.LocalTimezone is { Length: > 0 } id && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }
}
