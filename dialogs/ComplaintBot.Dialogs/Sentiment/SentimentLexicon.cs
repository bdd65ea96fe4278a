using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// One language's word and phrase lists (the project's own data in Sentiment/Lexicons/{language}.json), compiled
/// into a single phrase matcher. In languages written with spaces every entry matches whole words; an entry ending
/// in "*" matches any word that starts with it (Slovenian endings). In Korean, Japanese and Chinese entries match
/// anywhere, exactly as written. Optional lists: contextual signals, which count only in a message that also names a
/// problem (a grandmother or a wedding is urgent only when something went wrong), and exceptions: phrases inside
/// which no entry counts (Japanese 何回か "a few times" is not 何回も "again and again"), and which cancel an entry whose
/// end they carry on into a different phrase (三回目 "the third time" is no cue in 三回目の注文 "my third order").
/// </summary>
internal sealed class SentimentLexicon
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly string[] Languages = ["en", "ko", "ja", "zh", "sl"];
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _stopwords;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _profanity;

    private SentimentLexicon(LexiconFile file)
    {
        Language = file.Language;
        Spaced = file.Spaced;
        NegationWindow = file.NegationWindow;
        PostNegationWindow = file.PostNegationWindow;
        _stopwords = file.Stopwords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _profanity = (file.Signals.TryGetValue(UpsetSignalKind.Profanity, out var profanity) ? profanity : [])
            .Select(p => p.TrimEnd('*')).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

        var entries = new List<KeyValuePair<string, LexiconEntry>>();
        void Add(string phrase, LexiconEntry entry) => entries.Add(new(Pattern(phrase), entry));
        foreach (var negator in file.Negators)
        {
            Add(negator, new LexiconEntry(LexiconEntryKind.Negator, 0, default));
        }

        foreach (var negator in file.PostNegators)
        {
            Add(negator, new LexiconEntry(LexiconEntryKind.PostNegator, 0, default));
        }

        foreach (var (phrase, factor) in file.Intensifiers)
        {
            Add(phrase, new LexiconEntry(LexiconEntryKind.Intensifier, factor, default));
        }

        foreach (var (phrase, valence) in file.Valence)
        {
            Add(phrase, new LexiconEntry(LexiconEntryKind.Valence, valence, default));
        }

        foreach (var (kind, phrases) in file.Signals)
        {
            foreach (var phrase in phrases)
            {
                Add(phrase, new LexiconEntry(LexiconEntryKind.Signal, 0, kind));
            }
        }

        foreach (var (kind, phrases) in file.ContextualSignals ?? [])
        {
            foreach (var phrase in phrases)
            {
                Add(phrase, new LexiconEntry(LexiconEntryKind.ContextualSignal, 0, kind));
            }
        }

        foreach (var phrase in file.Exceptions ?? [])
        {
            Add(phrase, new LexiconEntry(LexiconEntryKind.Exception, 0, default));
        }

        Matcher = new PhraseMatcher<LexiconEntry>(entries);
    }

    public string Language { get; }

    /// <summary>Whether words are separated by spaces (English, Slovenian), so entries match whole words.</summary>
    public bool Spaced { get; }

    /// <summary>How far before a word a negator still negates it: words when spaced, otherwise characters.</summary>
    public int NegationWindow { get; }

    /// <summary>How many characters after a word a trailing negation (Korean -지 않다, Japanese -ない) still negates it.</summary>
    public int PostNegationWindow { get; }

    public PhraseMatcher<LexiconEntry> Matcher { get; }

    /// <summary>Whether a lower-case word is one of the language's common function words (language detection).</summary>
    public bool IsStopword(ReadOnlySpan<char> word) => _stopwords.Contains(word);

    /// <summary>Whether a lower-case word, unmasked ("sh!t" → "shit"), is on the profanity list.</summary>
    public bool IsProfanity(ReadOnlySpan<char> word) => _profanity.Contains(word);

    /// <summary>The five lexicons shipped inside this assembly, by two-letter language code.</summary>
    public static IReadOnlyDictionary<string, SentimentLexicon> LoadEmbedded()
    {
        var assembly = typeof(SentimentLexicon).Assembly;
        return Languages
            .Select(code => Load(assembly, code))
            .ToDictionary(lexicon => lexicon.Language, StringComparer.Ordinal);
    }

    private static SentimentLexicon Load(Assembly assembly, string code)
    {
        var name = $"ComplaintBot.Dialogs.Sentiment.Lexicons.{code}.json";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The sentiment lexicon resource {name} is missing from the build.");
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, JsonOptions)
            ?? throw new InvalidOperationException($"The sentiment lexicon {name} is empty.");
        if (file.Language != code)
        {
            throw new InvalidOperationException($"The sentiment lexicon {name} declares language '{file.Language}'.");
        }

        return new SentimentLexicon(file);
    }

    private string Pattern(string phrase)
    {
        var text = phrase.ToLower(CultureInfo.InvariantCulture);
        if (!Spaced)
        {
            return text;
        }

        return text.EndsWith('*') ? " " + text[..^1] : " " + text + " ";
    }

    private sealed record LexiconFile(
        string Language,
        bool Spaced,
        int NegationWindow,
        int PostNegationWindow,
        string[] Negators,
        string[] PostNegators,
        Dictionary<string, double> Intensifiers,
        Dictionary<string, double> Valence,
        Dictionary<UpsetSignalKind, string[]> Signals,
        string[] Stopwords,
        Dictionary<UpsetSignalKind, string[]>? ContextualSignals = null,
        string[]? Exceptions = null);
}

internal enum LexiconEntryKind
{
    Negator,
    PostNegator,
    Intensifier,
    Valence,
    Signal,

    /// <summary>An upset signal only in a message whose words are, all told, clearly negative.</summary>
    ContextualSignal,

    /// <summary>A phrase that is no cue although it contains or continues one; such entries do not count.</summary>
    Exception,
}

internal readonly record struct LexiconEntry(LexiconEntryKind Kind, double Weight, UpsetSignalKind Signal);
