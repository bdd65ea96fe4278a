namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Customer free text wrapped for logging: pass it as a log argument
/// (<c>logger.LogInformation("Story received: {Story}", SensitiveText.Of(story))</c>) and the log shows only its
/// length ("[withheld: 42 chars]"), never the words — a structured logger that serialises the argument sees the
/// same, as the text is not a property.
/// </summary>
public readonly struct SensitiveText : IEquatable<SensitiveText>
{
    private readonly string? _text;

    private SensitiveText(string? text) => _text = text;

    public static SensitiveText Of(string? text) => new(text);

    /// <summary>How many characters were withheld (0 for null).</summary>
    public int Length => _text?.Length ?? 0;

    public override string ToString() => _text is null ? "[none]" : $"[withheld: {_text.Length} chars]";

    public bool Equals(SensitiveText other) => string.Equals(_text, other._text, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is SensitiveText other && Equals(other);

    public override int GetHashCode() => Length;

    public static bool operator ==(SensitiveText left, SensitiveText right) => left.Equals(right);

    public static bool operator !=(SensitiveText left, SensitiveText right) => !left.Equals(right);
}
