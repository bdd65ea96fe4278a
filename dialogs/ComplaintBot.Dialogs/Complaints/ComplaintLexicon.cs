using System.Collections.Frozen;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// The project's own word lists for reading complaints in en, ko, ja, zh and sl: the embedded resource
/// <c>ComplaintLexicon.json</c> next to this file, edited as data. Loading checks that every category and resolution
/// has words in every language.
/// </summary>
internal sealed record ComplaintLexicon
{
    public static readonly IReadOnlyList<string> Languages = ["en", "ko", "ja", "zh", "sl"];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public static ComplaintLexicon Default { get; } = Load();

    /// <summary>Lower-case nouns that may end a product name ("blender", "mešalnik").</summary>
    public required IReadOnlySet<string> ProductNouns { get; init; }

    /// <summary>Words cancelling a wished-for resolution before it ("don't want", "不要").</summary>
    public required PhraseMatcher NegationsBefore { get; init; }

    /// <summary>Words cancelling a wished-for resolution after it ("말고", "ではなく").</summary>
    public required PhraseMatcher NegationsAfter { get; init; }

    /// <summary>Words setting a category aside before it ("not about", "不是").</summary>
    public required PhraseMatcher CategoryDismissalsBefore { get; init; }

    /// <summary>Words setting a category aside after it ("was fine", "没问题").</summary>
    public required PhraseMatcher CategoryDismissalsAfter { get; init; }

    public required PhraseMatcher WantCues { get; init; }

    /// <summary>Phrases of every category but <see cref="ComplaintCategory.Other"/>, all languages together.</summary>
    public required PhraseMatcher Categories { get; init; }

    /// <summary>Phrases of every resolution but <see cref="DesiredResolution.Other"/>, all languages together.</summary>
    public required PhraseMatcher Resolutions { get; init; }

    private static ComplaintLexicon Load()
    {
        using var stream = typeof(ComplaintLexicon).Assembly.GetManifestResourceStream("ComplaintBot.Dialogs.Complaints.ComplaintLexicon.json")
            ?? throw new InvalidOperationException("The embedded resource ComplaintLexicon.json is missing.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException("ComplaintLexicon.json is empty.");
        return new ComplaintLexicon
        {
            ProductNouns = file.ProductNouns.Select(n => n.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal),
            NegationsBefore = new PhraseMatcher(AllLanguages(file.NegationsBefore, "negationsBefore", allowEmpty: true).Select(p => (p, "not"))),
            NegationsAfter = new PhraseMatcher(AllLanguages(file.NegationsAfter, "negationsAfter", allowEmpty: true).Select(p => (p, "not"))),
            CategoryDismissalsBefore = new PhraseMatcher(AllLanguages(file.CategoryDismissalsBefore, "categoryDismissalsBefore", allowEmpty: true).Select(p => (p, "not"))),
            CategoryDismissalsAfter = new PhraseMatcher(AllLanguages(file.CategoryDismissalsAfter, "categoryDismissalsAfter", allowEmpty: true).Select(p => (p, "not"))),
            WantCues = new PhraseMatcher(AllLanguages(file.WantCues, "wantCues", allowEmpty: false).Select(p => (p, "want"))),
            Categories = Keyed<ComplaintCategory>(file.Categories, "categories", ComplaintCategory.Other),
            Resolutions = Keyed<DesiredResolution>(file.Resolutions, "resolutions", DesiredResolution.Other),
        };
    }

    private static PhraseMatcher Keyed<TEnum>(Dictionary<string, Dictionary<string, string[]>> sections, string name, TEnum other)
        where TEnum : struct, Enum
    {
        var expected = Enum.GetValues<TEnum>().Where(v => !v.Equals(other)).Select(v => v.ToString()).ToHashSet(StringComparer.Ordinal);
        if (!expected.SetEquals(sections.Keys))
        {
            throw new InvalidOperationException(
                $"ComplaintLexicon.json: '{name}' must list exactly {string.Join(", ", expected)}; it lists {string.Join(", ", sections.Keys)}.");
        }

        return new PhraseMatcher(sections.SelectMany(
            section => AllLanguages(section.Value, $"{name}.{section.Key}", allowEmpty: false).Select(p => (p, section.Key))));
    }

    private static IEnumerable<string> AllLanguages(Dictionary<string, string[]> byLanguage, string name, bool allowEmpty)
    {
        foreach (var language in Languages)
        {
            if (!byLanguage.TryGetValue(language, out var phrases) || (!allowEmpty && phrases.Length == 0))
            {
                throw new InvalidOperationException($"ComplaintLexicon.json: '{name}' has no words for '{language}'.");
            }
        }

        var unknown = byLanguage.Keys.Except(Languages).ToList();
        return unknown.Count > 0
            ? throw new InvalidOperationException($"ComplaintLexicon.json: '{name}' names unsupported languages {string.Join(", ", unknown)}.")
            : byLanguage.Values.SelectMany(p => p);
    }

    private sealed record LexiconFile(
        [property: JsonRequired] string[] ProductNouns,
        [property: JsonRequired] Dictionary<string, string[]> NegationsBefore,
        [property: JsonRequired] Dictionary<string, string[]> NegationsAfter,
        [property: JsonRequired] Dictionary<string, string[]> CategoryDismissalsBefore,
        [property: JsonRequired] Dictionary<string, string[]> CategoryDismissalsAfter,
        [property: JsonRequired] Dictionary<string, string[]> WantCues,
        [property: JsonRequired] Dictionary<string, Dictionary<string, string[]>> Categories,
        [property: JsonRequired] Dictionary<string, Dictionary<string, string[]>> Resolutions);
}
