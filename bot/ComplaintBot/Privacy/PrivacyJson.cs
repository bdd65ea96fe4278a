using System.Text.Json;
using ComplaintBot.Storage;

namespace ComplaintBot.Privacy;

/// <summary>How exports and erasure reports are written: as complaints are stored (enums by name, text readable), indented.</summary>
public static class PrivacyJson
{
    public static JsonSerializerOptions Options { get; } = new(ComplaintDocument.Options) { WriteIndented = true };
}
