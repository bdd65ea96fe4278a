using System.Collections;

namespace ComplaintBot.Hosting;

/// <summary>The values of a log line or scope, masked; its text is the masked message (or the masked values, for a scope).</summary>
public sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly KeyValuePair<string, object?>[] _pairs;
    private readonly string? _message;

    public RedactedLogState(IEnumerable<KeyValuePair<string, object?>> pairs, string? message)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _pairs = [.. pairs.Select(p => new KeyValuePair<string, object?>(p.Key, LogRedaction.Redact(p.Key, p.Value)))];
        _message = message;
    }

    public int Count => _pairs.Length;

    public KeyValuePair<string, object?> this[int index] => _pairs[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)_pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message ?? string.Join(' ', _pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => $"{p.Key}:{p.Value}"));
}
