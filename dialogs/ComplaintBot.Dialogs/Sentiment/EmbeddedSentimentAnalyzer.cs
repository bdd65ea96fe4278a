using System.Buffers;

namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>
/// The default, offline analyzer for English, Korean, Japanese, Chinese and Slovenian: scores a message from the
/// project's own lexicons (with negation and intensifiers) and reports the upset signals it found, each with the
/// words that showed it. Stateless and thread-safe; one instance serves the whole process.
/// </summary>
public sealed class EmbeddedSentimentAnalyzer : ISentimentAnalyzer
{
    public const string SourceName = "embedded";

    /// <summary>Weight of the "nothing in particular" share, so that a single mild word does not decide the label.</summary>
    private const double NeutralMass = 1.0;
    private const double NegatedPositiveFactor = -0.8;
    private const double NegatedNegativeFactor = -0.4;
    private const double MixedShare = 0.25;
    private const int IntensifierWindow = 2;
    private const double SarcasticOpenerValence = 2;

    /// <summary>How negative a message's words must be, all told, for its contextual signals to count.</summary>
    private const double ContextualSignalNegative = 1.5;

    private readonly IReadOnlyDictionary<string, SentimentLexicon> _lexicons = SentimentLexicon.LoadEmbedded();

    public ValueTask<SentimentAnalysis> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken)
        => ValueTask.FromResult(Analyze(text, language));

    /// <summary>Analyzes one message; <paramref name="language"/> is the channel's locale, a hint the text may overrule.</summary>
    public SentimentAnalysis Analyze(string text, string? language)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lexicon = _lexicons[MessageLanguage.Detect(text, language, _lexicons)];
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 2);
        var scratch = Scratch.ForThisThread();
        try
        {
            var normalized = Normalize(text, buffer, scratch.Boundaries);
            lexicon.Matcher.FindAll(normalized, scratch.Matches);
            var (positive, negative) = Score(lexicon, normalized, scratch.Matches, scratch.Boundaries, scratch.Signals);
            SurfaceSignals.Find(text, lexicon, scratch.Signals);
            return Build(positive, negative, Distinct(scratch.Signals), lexicon.Language);
        }
        finally
        {
            scratch.Clear();
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Lower-cases the text and reduces everything that is not part of a word to single spaces, with a space at
    /// both ends, so that " word " patterns match whole words. Positions of clause punctuation are kept: negation
    /// does not reach across them.
    /// </summary>
    private static ReadOnlySpan<char> Normalize(string text, char[] buffer, List<int> boundaries)
    {
        var length = 0;
        buffer[length++] = ' ';
        foreach (var raw in text)
        {
            var c = raw is '’' or '`' ? '\'' : raw;
            if (char.IsAsciiLetterOrDigit(c) || c == '\'')
            {
                buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
                continue;
            }

            if (c > '\u007F' && char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
                continue;
            }

            if (c is '.' or ',' or ';' or '!' or '?' or ':' or '。' or '，' or '、' or '！' or '？' or '；')
            {
                boundaries.Add(length);
            }

            if (buffer[length - 1] != ' ')
            {
                buffer[length++] = ' ';
            }
        }

        if (buffer[length - 1] != ' ')
        {
            buffer[length++] = ' ';
        }

        return buffer.AsSpan(0, length);
    }

    private static (double Positive, double Negative) Score(
        SentimentLexicon lexicon,
        ReadOnlySpan<char> text,
        List<PhraseMatch<LexiconEntry>> matches,
        List<int> boundaries,
        List<UpsetSignal> signals)
    {
        double positive = 0, negative = 0;
        string? opener = null;
        foreach (var match in matches)
        {
            var entry = match.Value;
            if (entry.Kind is not (LexiconEntryKind.Valence or LexiconEntryKind.Signal) || IsCoveredByLongerPhrase(match, matches))
            {
                continue;
            }

            if (entry.Kind == LexiconEntryKind.Signal)
            {
                AddSignal(lexicon, text, match, matches, boundaries, signals);
                continue;
            }

            var negated = IsNegated(lexicon, text, match, matches, boundaries);
            var valence = entry.Weight * Intensity(lexicon, text, match, matches);
            if (negated)
            {
                valence *= valence > 0 ? NegatedPositiveFactor : NegatedNegativeFactor;
            }

            if (valence >= SarcasticOpenerValence && IsOpener(match, boundaries))
            {
                opener = text.Slice(match.Start, match.Length).Trim().ToString();
            }

            if (valence > 0)
            {
                positive += valence;
            }
            else
            {
                negative -= valence;
            }
        }

        if (opener is not null && negative >= SarcasticOpenerValence)
        {
            signals.Add(new UpsetSignal(UpsetSignalKind.Sarcasm, opener + ", …"));
        }

        if (negative >= ContextualSignalNegative)
        {
            foreach (var match in matches)
            {
                if (match.Value.Kind == LexiconEntryKind.ContextualSignal && !IsCoveredByLongerPhrase(match, matches))
                {
                    AddSignal(lexicon, text, match, matches, boundaries, signals);
                }
            }
        }

        return (positive, negative);
    }

    private static void AddSignal(
        SentimentLexicon lexicon,
        ReadOnlySpan<char> text,
        PhraseMatch<LexiconEntry> match,
        List<PhraseMatch<LexiconEntry>> matches,
        List<int> boundaries,
        List<UpsetSignal> signals)
    {
        var kind = match.Value.Signal;
        if (!SignalKinds.CanBeNegated(kind) || !IsNegated(lexicon, text, match, matches, boundaries))
        {
            signals.Add(new UpsetSignal(kind, text.Slice(match.Start, match.Length).Trim().ToString()));
        }
    }

    /// <summary>"Great, another broken phone.": a strong positive word alone in the message's first clause.</summary>
    private static bool IsOpener(PhraseMatch<LexiconEntry> match, List<int> boundaries)
        => match.Start <= 1 && (boundaries.Contains(match.End - 1) || boundaries.Contains(match.End));

    /// <summary>Whether a longer entry of the same family contains this match (a valence word inside a longer valence or
    /// signal phrase, a signal inside a longer phrase of the same signal), or an exception contains it or carries its
    /// end on into a different phrase (三回目 in 三回目の注文).</summary>
    private static bool IsCoveredByLongerPhrase(PhraseMatch<LexiconEntry> match, List<PhraseMatch<LexiconEntry>> matches)
    {
        foreach (var other in matches)
        {
            if (other.Value.Kind == LexiconEntryKind.Exception)
            {
                if (other.Covers(match) || other.Continues(match))
                {
                    return true;
                }

                continue;
            }

            var sameFamily = match.Value.Kind == LexiconEntryKind.Valence
                ? other.Value.Kind is LexiconEntryKind.Valence or LexiconEntryKind.Signal
                : other.Value.Kind is LexiconEntryKind.Signal or LexiconEntryKind.ContextualSignal && other.Value.Signal == match.Value.Signal;
            if (sameFamily && other.Covers(match))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNegated(
        SentimentLexicon lexicon,
        ReadOnlySpan<char> text,
        PhraseMatch<LexiconEntry> match,
        List<PhraseMatch<LexiconEntry>> matches,
        List<int> boundaries)
    {
        foreach (var other in matches)
        {
            var kind = other.Value.Kind;
            if (kind is not (LexiconEntryKind.Negator or LexiconEntryKind.PostNegator) || IsInsidePhrase(other, matches))
            {
                continue;
            }

            var (from, to) = kind == LexiconEntryKind.Negator ? (other.End, match.Start) : (match.End, other.Start);
            if (from > to + 1 || CrossesBoundary(boundaries, from, to))
            {
                continue;
            }

            var distance = lexicon.Spaced && kind == LexiconEntryKind.Negator
                ? text[other.Start..match.Start].Count(' ') - 1
                : to - from;
            var window = kind == LexiconEntryKind.Negator ? lexicon.NegationWindow : lexicon.PostNegationWindow;
            if (distance <= window)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsInsidePhrase(PhraseMatch<LexiconEntry> negator, List<PhraseMatch<LexiconEntry>> matches)
    {
        foreach (var other in matches)
        {
            if (other.Value.Kind is not (LexiconEntryKind.Negator or LexiconEntryKind.PostNegator or LexiconEntryKind.Intensifier)
                && other.Covers(negator))
            {
                return true;
            }
        }

        return false;
    }

    private static bool CrossesBoundary(List<int> boundaries, int from, int to)
    {
        foreach (var boundary in boundaries)
        {
            if (boundary > from && boundary < to)
            {
                return true;
            }
        }

        return false;
    }

    private static double Intensity(
        SentimentLexicon lexicon,
        ReadOnlySpan<char> text,
        PhraseMatch<LexiconEntry> match,
        List<PhraseMatch<LexiconEntry>> matches)
    {
        var factor = 1.0;
        foreach (var other in matches)
        {
            if (other.Value.Kind != LexiconEntryKind.Intensifier || other.Start >= match.Start)
            {
                continue;
            }

            var distance = lexicon.Spaced ? text[other.Start..match.Start].Count(' ') - 1 : match.Start - other.End;
            if (distance <= IntensifierWindow)
            {
                factor *= other.Value.Weight;
            }
        }

        return factor;
    }

    private static List<UpsetSignal> Distinct(List<UpsetSignal> signals)
    {
        var distinct = new List<UpsetSignal>(signals.Count);
        foreach (var signal in signals)
        {
            if (!distinct.Contains(signal))
            {
                distinct.Add(signal);
            }
        }

        return distinct;
    }

    private static SentimentAnalysis Build(double positive, double negative, List<UpsetSignal> signals, string language)
    {
        var sarcastic = false;
        foreach (var signal in signals)
        {
            negative += SignalKinds.NegativeWeight(signal.Kind);
            sarcastic |= signal.Kind == UpsetSignalKind.Sarcasm;
        }

        if (sarcastic)
        {
            negative += positive;
            positive = 0;
        }

        var total = positive + negative + NeutralMass;
        var p = positive / total;
        var n = negative / total;
        var neutral = NeutralMass / total;
        var label = p >= MixedShare && n >= MixedShare ? SentimentLabel.Mixed
            : n > p && n > neutral ? SentimentLabel.Negative
            : p > n && p > neutral ? SentimentLabel.Positive
            : SentimentLabel.Neutral;
        return new SentimentAnalysis(label, p, neutral, n, signals, language, SourceName);
    }

    /// <summary>The working lists of one analysis, kept per thread so that a message allocates only its result.</summary>
    private sealed class Scratch
    {
        [ThreadStatic]
        private static Scratch? _current;

        public List<int> Boundaries { get; } = [];

        public List<PhraseMatch<LexiconEntry>> Matches { get; } = [];

        public List<UpsetSignal> Signals { get; } = [];

        public static Scratch ForThisThread() => _current ??= new Scratch();

        public void Clear()
        {
            Boundaries.Clear();
            Matches.Clear();
            Signals.Clear();
        }
    }
}
