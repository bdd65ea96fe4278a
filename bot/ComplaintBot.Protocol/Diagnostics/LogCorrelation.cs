using System.Collections;
using System.Security.Cryptography;
using System.Text;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Protocol.Diagnostics;

/// <summary>
/// The identifiers a log line is correlated by, as the state of a logging scope: for a turn the conversation (as a
/// short stable hash, since Teams conversation ids can embed user ids), the channel and the activity id; the complaint
/// reference is added once the turn knows it (<see cref="AttachComplaint"/> on <see cref="Current"/>), so later lines
/// of the same turn carry it. Background work starts its own with <see cref="ForComplaint"/>. Holds no personal data,
/// so the redacting logger passes it unchanged.
/// </summary>
public sealed class LogCorrelation : IReadOnlyList<KeyValuePair<string, object?>>
{
    public const string ConversationHashKey = "ConversationHash";
    public const string ChannelIdKey = "ChannelId";
    public const string ActivityIdKey = "ActivityId";
    public const string ComplaintReferenceKey = "ComplaintReference";

    private const string Base32Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private static readonly AsyncLocal<LogCorrelation?> Ambient = new();

    private volatile KeyValuePair<string, object?>[] _pairs;

    private LogCorrelation(KeyValuePair<string, object?>[] pairs) => _pairs = pairs;

    /// <summary>The correlation of the turn or job running on this async flow, if any.</summary>
    public static LogCorrelation? Current
    {
        get => Ambient.Value;
        set => Ambient.Value = value;
    }

    public int Count => _pairs.Length;

    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    /// <summary>The complaint this correlation names, once known.</summary>
    public string? ComplaintReference => Find(ComplaintReferenceKey);

    public static LogCorrelation ForTurn(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return new(
        [
            new(ConversationHashKey, HashConversation(activity.ChannelId, activity.Conversation?.Id)),
            new(ChannelIdKey, activity.ChannelId),
            new(ActivityIdKey, activity.Id),
        ]);
    }

    /// <summary>For background work on one complaint (a check-in, a retention pass), with its own further identifiers.</summary>
    public static LogCorrelation ForComplaint(string complaintReference, params (string Key, string Value)[] more)
    {
        ArgumentNullException.ThrowIfNull(complaintReference);
        ArgumentNullException.ThrowIfNull(more);
        return new([new(ComplaintReferenceKey, complaintReference), .. more.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value))]);
    }

    /// <summary>
    /// A short, stable, one-way name for a conversation (12 base-32 characters of its SHA-256): the same conversation
    /// always gets the same hash, so its lines can be found, but the id (which in Teams can contain a user id) is not logged.
    /// </summary>
    public static string HashConversation(string? channelId, string? conversationId)
    {
        if (string.IsNullOrEmpty(conversationId))
        {
            return "none";
        }

        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes((channelId ?? string.Empty) + "/" + conversationId), hash);
        var name = new StringBuilder(12);
        ulong bits = 0;
        for (var i = 0; i < 8; i++)
        {
            bits = (bits << 8) | hash[i];
        }

        for (var i = 0; i < 12; i++)
        {
            name.Append(Base32Alphabet[(int)(bits >> (59 - (5 * i))) & 31]);
        }

        return name.ToString();
    }

    /// <summary>Names the complaint from now on (the first one named in a turn stays).</summary>
    public void AttachComplaint(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        if (ComplaintReference is null)
        {
            _pairs = [.. _pairs, new(ComplaintReferenceKey, reference)];
        }
    }

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>For text formatters: "ConversationHash:abc… ChannelId:msteams …".</summary>
    public override string ToString() => string.Join(' ', _pairs.Where(p => p.Value is not null).Select(p => $"{p.Key}:{p.Value}"));

    private string? Find(string key) => _pairs.FirstOrDefault(p => p.Key == key).Value as string;
}
