using System.Collections;

namespace ComplaintBot.Hosting;

/// <summary>
/// The values of a log line or scope, masked; its text is the masked message (or the masked values, for a scope). The
/// values are masked when a provider first reads them: a scope that no provider shows (every request opens two) costs
/// no masking at all.
/// </summary>
public sealed class RedactedLogState : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly IEnumerable<KeyValuePair<string, object?>> _source;
    private readonly string? _message;
    private KeyValuePair<string, object?>[]? _pairs;

    public RedactedLogState(IEnumerable<KeyValuePair<string, object?>> pairs, string? message)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        _source = pairs;
        _message = message;
    }

    public int Count => Pairs.Length;

    /// <summary>Masked once, on first use; two providers reading at once may both mask, and get equal values.</summary>
    private KeyValuePair<string, object?>[] Pairs =>
        _pairs ??= [.. _source.Select(p => new KeyValuePair<string, object?>(p.Key, LogRedaction.Redact(p.Key, p.Value)))];

    public KeyValuePair<string, object?> this[int index] => Pairs[index];

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Pairs).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => _message ?? string.Join(' ', Pairs.Where(p => p.Key != "{OriginalFormat}").Select(p => $"{p.Key}:{p.Value}"));
}
