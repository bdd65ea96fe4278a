using ComplaintBot.Sentiment.Evaluation;

namespace ComplaintBot.Dialogs.Tests.Sentiment;

/// <summary>
/// Keeps the embedded analyzer and the default escalation policy above the floors measured on the labelled
/// development set (docs/sentiment-evaluation.md): a lexicon change that costs accuracy fails here.
/// </summary>
public class DevelopmentSetTests
{
    private static readonly IReadOnlyList<LabelledMessage> Messages =
        LabelledMessage.Load(Path.Combine(AppContext.BaseDirectory, "Sentiment", LabelledMessage.DevelopmentSetFileName));

    private static readonly IReadOnlyList<(LabelledMessage Message, bool Escalated)> Outcomes = new EscalationEvaluator().Run(Messages);

    [Fact]
    public void DevelopmentSet_IsLargeEnoughAndMostlyCalm()
    {
        Assert.True(Messages.Count >= 400);
        Assert.True(Messages.Count(m => m.Kind == "calm") >= 0.4 * Messages.Count);
        Assert.Equal(Messages.Count, Messages.Select(m => m.Id).Distinct().Count());
        Assert.Equal(["en", "ja", "ko", "sl", "zh"], Messages.Select(m => m.Language).Distinct().Order());
    }

    [Fact]
    public void HeldOutPart_EscalationF1_StaysAboveItsFloor()
    {
        var score = UpsetScore.Of(Outcomes.Where(o => o.Message.Split == "test"));

        Assert.True(score.F1 >= 0.93, $"held-out F1 {score.F1:0.000} fell below 0.93");
        Assert.True(score.CalmEscalatedShare <= 0.05, $"{score.CalmEscalatedShare:0.0%} of calm complaints escalated");
    }

    [Theory]
    [InlineData("en")]
    [InlineData("ko")]
    [InlineData("ja")]
    [InlineData("zh")]
    [InlineData("sl")]
    public void WholeSet_EscalationF1_StaysAboveItsFloorInEveryLanguage(string language)
    {
        var score = UpsetScore.Of(Outcomes.Where(o => o.Message.Language == language));

        Assert.True(score.F1 >= 0.9, $"{language} F1 {score.F1:0.000} fell below 0.90");
        Assert.True(score.CalmEscalatedShare <= 0.05, $"{language}: {score.CalmEscalatedShare:0.0%} of calm complaints escalated");
    }
}
