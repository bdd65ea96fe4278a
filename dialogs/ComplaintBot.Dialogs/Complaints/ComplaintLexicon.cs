using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// The project's own word lists for reading complaints, per language code (en, ko, ja, zh, sl): the embedded resource
/// <c>ComplaintLexicon.json</c> next to this file. Edited as data, checked by the tests.
/// </summary>
internal sealed record ComplaintLexicon
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ComplaintLexicon Default { get; } = Load();

    /// <summary>Lower-case nouns that may end a product name ("blender", "mešalnik").</summary>
    public required IReadOnlySet<string> ProductNouns { get; init; }

    private static ComplaintLexicon Load()
    {
        using var stream = typeof(ComplaintLexicon).Assembly.GetManifestResourceStream("ComplaintBot.Dialogs.Complaints.ComplaintLexicon.json")
            ?? throw new InvalidOperationException("The embedded resource ComplaintLexicon.json is missing.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("ComplaintLexicon.json is empty.");
        return new ComplaintLexicon
        {
            ProductNouns = file.ProductNouns.Select(n => n.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
        };
    }

    private sealed record LexiconFile([property: JsonRequired] string[] ProductNouns);
}
