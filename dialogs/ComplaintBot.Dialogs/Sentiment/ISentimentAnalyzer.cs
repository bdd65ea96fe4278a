namespace ComplaintBot.Dialogs.Sentiment;

/// <summary>Reads the mood of one customer message (the embedded analyzer, or Azure AI Language).</summary>
public interface ISentimentAnalyzer
{
    ValueTask<SentimentAnalysis> AnalyzeAsync(string text, string? language, CancellationToken cancellationToken);
}
