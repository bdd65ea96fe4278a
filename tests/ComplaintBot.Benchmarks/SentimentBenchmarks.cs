using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Benchmarks;

/// <summary>
/// The embedded analyzer per message over the first 480 messages of the development set (five languages), against a
/// naive baseline that looks for every phrase of the same lexicons with a case-insensitive IndexOf.
/// </summary>
[MemoryDiagnoser]
public class SentimentBenchmarks
{
    private const int Messages = 480;
    private readonly EmbeddedSentimentAnalyzer _analyzer = new();
    private (string Text, string Language)[] _messages = [];
    private Dictionary<string, string[]> _phrases = [];

    [GlobalSetup]
    public void Setup()
    {
        _messages = [.. File.ReadLines(Path.Combine(AppContext.BaseDirectory, "development-set.jsonl"))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(m => (m.GetProperty("text").GetString()!, m.GetProperty("language").GetString()!))
            .Take(Messages)];
        if (_messages.Length != Messages)
        {
            throw new InvalidOperationException($"Expected at least {Messages} messages, found {_messages.Length}.");
        }

        _phrases = _messages.Select(m => m.Language).Distinct().ToDictionary(language => language, LexiconPhrases);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Messages)]
    public int NaivePhraseScan()
    {
        var hits = 0;
        foreach (var (text, language) in _messages)
        {
            foreach (var phrase in _phrases[language])
            {
                if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
                {
                    hits++;
                }
            }
        }

        return hits;
    }

    [Benchmark(OperationsPerInvoke = Messages)]
    public int EmbeddedAnalyzer()
    {
        var signals = 0;
        foreach (var (text, language) in _messages)
        {
            signals += _analyzer.Analyze(text, language).Signals.Count;
        }

        return signals;
    }

    private static string[] LexiconPhrases(string language)
    {
        var name = $"ComplaintBot.Dialogs.Sentiment.Lexicons.{language}.json";
        using var stream = typeof(EmbeddedSentimentAnalyzer).Assembly.GetManifestResourceStream(name)!;
        using var lexicon = JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var root = lexicon.RootElement;
        return
        [
            .. root.GetProperty("valence").EnumerateObject().Select(p => p.Name),
            .. root.GetProperty("signals").EnumerateObject().SelectMany(kind => kind.Value.EnumerateArray()).Select(p => p.GetString()!.TrimEnd('*')),
        ];
    }
}
