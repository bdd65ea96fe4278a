using System.Globalization;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Hosting;

/// <summary>What the redacting logger masks, and which values it leaves alone.</summary>
public static class LogRedaction
{
    /// <summary>
    /// Values that are identifiers made by software, never personal data, and that the masking would spoil (a request
    /// id ends in eight digits). The message template is masked too: text pasted into it is the commonest slip.
    /// </summary>
    private static readonly HashSet<string> TrustedKeys = new(StringComparer.Ordinal)
    {
        "RequestId", "ConnectionId", "TraceId", "SpanId", "ParentId",
    };

    /// <summary>The text with emails, phone numbers, card numbers and IBANs masked (<see cref="PersonalDataRedactor"/>).</summary>
    public static string? Redact(string? text) => PersonalDataRedactor.Redact(text);

    /// <summary>A value as a provider may show it: numbers, flags, times and enums as they are; anything else as masked text.</summary>
    public static object? Redact(string key, object? value) => value switch
    {
        null => null,
        _ when TrustedKeys.Contains(key) => value,
        bool or byte or short or int or Enum or DateTimeOffset or DateTime or TimeSpan or Guid => value,
        IFormattable formattable => Redact(formattable.ToString(null, CultureInfo.InvariantCulture)),
        _ => Redact(value.ToString()),
    };
}
