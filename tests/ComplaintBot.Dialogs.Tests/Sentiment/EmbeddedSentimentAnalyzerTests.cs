using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Tests.Sentiment;

public class EmbeddedSentimentAnalyzerTests
{
    private static readonly EmbeddedSentimentAnalyzer Analyzer = new();

    [Theory]
    [InlineData("My parcel arrived damaged, could you send a replacement?", "en")]
    [InlineData("Paket je prispel poškodovan, mi lahko pošljete nadomestnega?", "sl")]
    [InlineData("택배가 파손된 상태로 왔어요. 교환 받을 수 있을까요?", "ko")]
    [InlineData("荷物が破損した状態で届きました。交換品を送っていただけますか？", "ja")]
    [InlineData("包裹到的时候已经破损了，能给我补发一个吗？", "zh")]
    public void Analyze_CalmComplaint_IsNegativeWithoutUpsetSignals(string text, string language)
    {
        var analysis = Analyzer.Analyze(text, null);

        Assert.Equal(language, analysis.Language);
        Assert.Equal(SentimentLabel.Negative, analysis.Label);
        Assert.Empty(analysis.Signals);
        Assert.Equal(EmbeddedSentimentAnalyzer.SourceName, analysis.Source);
        Assert.Equal(1.0, analysis.Positive + analysis.Neutral + analysis.Negative, 6);
    }

    [Theory]
    [InlineData("I want to speak to a real person please.")]
    [InlineData("Can I talk to a manager?")]
    [InlineData("Želim govoriti z resnično osebo.")]
    [InlineData("상담원 연결해 주세요.")]
    [InlineData("オペレーターにつないでください。")]
    [InlineData("请给我转人工。")]
    public void Analyze_RequestForAPerson_AsksForPersonInEveryLanguage(string text)
        => Assert.True(Analyzer.Analyze(text, null).AsksForPerson);

    [Theory]
    [InlineData("I am furious, nobody cares.", UpsetSignalKind.Anger, "furious")]
    [InlineData("Your staff are completely incompetent.", UpsetSignalKind.Insult, "incompetent")]
    [InlineData("I will be contacting my lawyer about this.", UpsetSignalKind.Threat, "lawyer")]
    [InlineData("Expect a one star review.", UpsetSignalKind.Threat, "one star")]
    [InlineData("What the f*** is wrong with you?", UpsetSignalKind.Profanity, "f***")]
    [InlineData("Your app is sh!t.", UpsetSignalKind.Profanity, "sh!t")]
    [InlineData("WHERE IS MY ORDER", UpsetSignalKind.Shouting, "WHERE IS MY ORDER")]
    [InlineData("Where is my order???", UpsetSignalKind.RepeatedPunctuation, "???")]
    [InlineData("Great, just great.", UpsetSignalKind.Sarcasm, "great just great")]
    [InlineData("Thanks for nothing.", UpsetSignalKind.Sarcasm, "thanks for nothing")]
    [InlineData("Wonderful service... not.", UpsetSignalKind.Sarcasm, "... not")]
    [InlineData("Great, another broken phone.", UpsetSignalKind.Sarcasm, "great, …")]
    [InlineData("This is the third time I'm writing.", UpsetSignalKind.Exhaustion, "third time")]
    [InlineData("I have explained five times already.", UpsetSignalKind.Exhaustion, "explained five times")]
    [InlineData("My wedding is on Saturday and the dress is missing.", UpsetSignalKind.UrgentHarm, "wedding")]
    [InlineData("My elderly father has no heating.", UpsetSignalKind.UrgentHarm, "elderly")]
    [InlineData("To je že tretjič, da pišem.", UpsetSignalKind.Exhaustion, "že tretjič")]
    [InlineData("오늘 안에 해결 안 되면 소송하겠습니다.", UpsetSignalKind.Threat, "소송")]
    [InlineData("本当に腹が立ちます。", UpsetSignalKind.Anger, "腹が立")]
    [InlineData("呵呵，又是一个坏手机。", UpsetSignalKind.Sarcasm, "呵呵")]
    public void Analyze_UpsetMessage_ReportsTheSignalWithItsEvidence(string text, UpsetSignalKind kind, string evidence)
    {
        var analysis = Analyzer.Analyze(text, null);

        Assert.Contains(new UpsetSignal(kind, evidence), analysis.Signals);
        Assert.True(analysis.Has(kind));
    }

    [Theory]
    [InlineData("祖母の部屋の暖房が壊れました。", UpsetSignalKind.UrgentHarm, true)]
    [InlineData("祖母へのプレゼントを注文しました。", UpsetSignalKind.UrgentHarm, false)]
    [InlineData("さすが大手さん、一か月待って定型文の返信ですか。", UpsetSignalKind.Sarcasm, true)]
    [InlineData("さすがの対応でした。", UpsetSignalKind.Sarcasm, false)]
    public void Analyze_ContextualSignal_CountsOnlyNextToAProblem(string text, UpsetSignalKind kind, bool expected)
        => Assert.Equal(expected, Analyzer.Analyze(text, "ja").Has(kind));

    [Theory]
    [InlineData("今回もとても満足しています。")]
    [InlineData("何回か試しましたが、ログインできません。")]
    [InlineData("解約を考えているのですが、違約金はかかりますか。")]
    [InlineData("今回で三回目の注文になります。")]
    public void Analyze_CueInsideOrContinuedByAnException_IsNoSignal(string text)
        => Assert.Empty(Analyzer.Analyze(text, "ja").Signals);

    [Fact]
    public void Analyze_NegatedAnger_IsNotASignal()
        => Assert.False(Analyzer.Analyze("I'm not angry, just tell me when it arrives.", "en").Has(UpsetSignalKind.Anger));

    [Fact]
    public void Analyze_NegatedPositiveWord_IsNegative()
    {
        var analysis = Analyzer.Analyze("I am not happy with this.", "en");

        Assert.Equal(SentimentLabel.Negative, analysis.Label);
    }

    [Theory]
    [InlineData("문제없이 잘 작동합니다", "ko")]
    [InlineData("問題ないです、ありがとう", "ja")]
    [InlineData("没问题，谢谢", "zh")]
    public void Analyze_NegatedProblem_IsNotNegative(string text, string language)
        => Assert.NotEqual(SentimentLabel.Negative, Analyzer.Analyze(text, language).Label);

    [Fact]
    public void Analyze_Intensifier_MakesTheMessageMoreNegative()
        => Assert.True(Analyzer.Analyze("The service was extremely bad.", "en").Negative > Analyzer.Analyze("The service was bad.", "en").Negative);

    [Fact]
    public void Analyze_Thanks_IsPositive()
        => Assert.Equal(SentimentLabel.Positive, Analyzer.Analyze("Thank you so much, it works perfectly now!", "en").Label);

    [Theory]
    [InlineData("Kje je moj paket, prosim?", null, "sl")]
    [InlineData("Kdaj bo prispel paket", "en-US", "sl")]
    [InlineData("Where is my parcel?", "sl-SI", "en")]
    [InlineData("OK", "sl-SI", "sl")]
    [InlineData("OK", null, "en")]
    [InlineData("주문 번호는 77812입니다.", "en", "ko")]
    [InlineData("注文番号は77812です。", null, "ja")]
    [InlineData("我的订单号是77812。", null, "zh")]
    public void Analyze_Language_ComesFromScriptDiacriticsAndFunctionWords(string text, string? hint, string expected)
        => Assert.Equal(expected, Analyzer.Analyze(text, hint).Language);

    [Fact]
    public void Analyze_AcronymsInCapitals_AreNotShouting()
        => Assert.False(Analyzer.Analyze("My TV from DHL arrived with a cracked screen.", "en").Has(UpsetSignalKind.Shouting));

    [Fact]
    public void Analyze_EmptyText_IsNeutral()
        => Assert.Equal(SentimentLabel.Neutral, Analyzer.Analyze("", null).Label);

    [Fact]
    public async Task AnalyzeAsync_GivesTheSameAnswerAsAnalyze()
    {
        var analysis = await Analyzer.AnalyzeAsync("Thanks for nothing.", "en", CancellationToken.None);

        Assert.Equal(Analyzer.Analyze("Thanks for nothing.", "en").Signals, analysis.Signals);
    }
}
