using System.Diagnostics;
using System.Globalization;
using ComplaintBot.Sentiment.Evaluation;

// Usage: dotnet run --project tests/ComplaintBot.Sentiment.Evaluation -c Release [-- --misses]
// Prints precision / recall / F1 of "escalate" per language for the tuning part ("dev"), the held-out part
// ("test") and both, the share of calm complaints wrongly escalated, and VADER on the English part as the peer.
var folder = FindProjectFolder();
var messages = LabelledMessage.Load(Path.Combine(folder, "Data", LabelledMessage.DevelopmentSetFileName));
var outcomes = new EscalationEvaluator().Run(messages);
var vader = RunVader(folder);

foreach (var split in new[] { "dev", "test", "all" })
{
    var part = outcomes.Where(o => split == "all" || o.Message.Split == split).ToList();
    Console.WriteLine($"== {split} ({part.Count} messages{(split == "test" ? ", held out" : "")}) ==");
    Console.WriteLine("language  messages  TP  FP  FN  precision  recall     F1  calm-escalated");
    foreach (var language in new[] { "en", "ko", "ja", "zh", "sl" })
    {
        Print(language, UpsetScore.Of(part.Where(o => o.Message.Language == language)));
    }

    Print("all", UpsetScore.Of(part));
    if (vader is not null)
    {
        Print("en VADER", UpsetScore.Of(part.Where(o => o.Message.Language == "en")
            .Select(o => (o.Message, vader[o.Message.Id] <= -0.05))));
    }

    Console.WriteLine();
}

if (vader is null)
{
    Console.WriteLine("VADER peer not run: install it with tests/ComplaintBot.Sentiment.Evaluation/install-vader.sh (needs node and npm).");
}

if (args.Contains("--misses"))
{
    foreach (var (message, escalated) in outcomes.Where(o => o.Message.Split == "dev" && o.Message.Upset != o.Escalated))
    {
        Console.WriteLine($"{(escalated ? "FP" : "FN")} {message.Id} [{message.Kind}] {message.Text}");
    }
}

return 0;

static void Print(string name, UpsetScore score)
    => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name,-9} {score.Count,8} {score.TruePositives,3} {score.FalsePositives,3} {score.FalseNegatives,3} {score.Precision,10:0.000} {score.Recall,7:0.000} {score.F1,6:0.000} {score.CalmEscalatedShare,15:0.0%}"));

static string FindProjectFolder()
{
    for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
    {
        if (File.Exists(Path.Combine(folder.FullName, "vader.mjs")))
        {
            return folder.FullName;
        }
    }

    throw new DirectoryNotFoundException("Run the evaluation from its build output inside tests/ComplaintBot.Sentiment.Evaluation.");
}

static Dictionary<string, double>? RunVader(string folder)
{
    if (!Directory.Exists(Path.Combine(folder, "node_modules", "vader-sentiment")))
    {
        return null;
    }

    var start = new ProcessStartInfo("node", ["vader.mjs", Path.Combine("Data", LabelledMessage.DevelopmentSetFileName)])
    {
        WorkingDirectory = folder,
        RedirectStandardOutput = true,
    };
    using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
    var scores = new Dictionary<string, double>(StringComparer.Ordinal);
    while (node.StandardOutput.ReadLine() is { } line)
    {
        var parts = line.Split('\t');
        scores[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
    }

    node.WaitForExit();
    return node.ExitCode == 0 ? scores : throw new InvalidOperationException($"VADER exited with {node.ExitCode}.");
}
