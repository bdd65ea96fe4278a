using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Dialogs.Tests.Sentiment;

public class EscalationPolicyTests
{
    private static readonly EscalationPolicy Policy = new(new EscalationOptions());

    private static SentimentAnalysis Mood(double negative, params UpsetSignal[] signals)
        => new(negative > 0.5 ? SentimentLabel.Negative : SentimentLabel.Neutral, 0, 1 - negative, negative, signals, "en", "test");

    private static EscalationDecision Decide(SentimentAnalysis current, bool vip = false, int misunderstood = 0, params SentimentAnalysis[] earlier)
        => Policy.Decide(new EscalationContext(current, earlier, vip, misunderstood));

    [Theory]
    [InlineData(UpsetSignalKind.HumanRequest, EscalationReason.Requested)]
    [InlineData(UpsetSignalKind.Threat, EscalationReason.Threat)]
    [InlineData(UpsetSignalKind.UrgentHarm, EscalationReason.Urgent)]
    [InlineData(UpsetSignalKind.Exhaustion, EscalationReason.Repeated)]
    [InlineData(UpsetSignalKind.Anger, EscalationReason.Angry)]
    [InlineData(UpsetSignalKind.Profanity, EscalationReason.Angry)]
    [InlineData(UpsetSignalKind.Sarcasm, EscalationReason.Angry)]
    public void Decide_SignalThatEscalatesAlone_EscalatesWithItsReason(UpsetSignalKind kind, EscalationReason reason)
    {
        var decision = Decide(Mood(0.2, new UpsetSignal(kind, "x")));

        Assert.True(decision.Escalate);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(kind, Assert.Single(decision.Signals).Kind);
    }

    [Fact]
    public void Decide_RequestForAPersonAndAnger_GivesTheRequestAsTheReason()
        => Assert.Equal(EscalationReason.Requested, Decide(Mood(0.8, new(UpsetSignalKind.Anger, "furious"), new(UpsetSignalKind.HumanRequest, "a manager"))).Reason);

    [Fact]
    public void Decide_CalmNegativeMessage_Continues()
        => Assert.Equal(EscalationDecision.Continue, Decide(Mood(0.67)));

    [Fact]
    public void Decide_OneAmplifierInANeutralMessage_Continues()
        => Assert.False(Decide(Mood(0.3, new UpsetSignal(UpsetSignalKind.RepeatedPunctuation, "???"))).Escalate);

    [Fact]
    public void Decide_TwoKindsOfAmplifier_Escalates()
        => Assert.True(Decide(Mood(0.3, new(UpsetSignalKind.Shouting, "WHERE IS"), new(UpsetSignalKind.RepeatedPunctuation, "???"))).Escalate);

    [Fact]
    public void Decide_AmplifierInANegativeMessage_Escalates()
        => Assert.Equal(EscalationReason.Angry, Decide(Mood(0.6, new UpsetSignal(UpsetSignalKind.Shouting, "BROKEN AGAIN"))).Reason);

    [Fact]
    public void Decide_VipWithOneAmplifier_Escalates()
        => Assert.True(Decide(Mood(0.3, new UpsetSignal(UpsetSignalKind.RepeatedPunctuation, "???")), vip: true).Escalate);

    [Fact]
    public void Decide_StronglyNegativeMessage_Escalates()
    {
        var decision = Decide(Mood(0.9));

        Assert.Equal(EscalationReason.Angry, decision.Reason);
        Assert.Equal("negative 0.90 ≥ 0.85", decision.Rule);
    }

    [Fact]
    public void Decide_VipCrossesTheLowerThreshold()
    {
        Assert.False(Decide(Mood(0.75)).Escalate);
        Assert.True(Decide(Mood(0.75), vip: true).Escalate);
    }

    [Fact]
    public void Decide_MoodTurningOverTheLastMessages_Escalates()
    {
        var decision = Decide(Mood(0.7), false, 0, Mood(0.1), Mood(0.55), Mood(0.6));

        Assert.Equal(EscalationReason.MoodTrend, decision.Reason);
    }

    [Fact]
    public void Decide_OneBadMessageAfterGoodOnes_DoesNotMakeATrend()
        => Assert.False(Decide(Mood(0.7), false, 0, Mood(0.1), Mood(0.2)).Escalate);

    [Fact]
    public void Decide_NotUnderstoodTwiceInARow_Escalates()
    {
        Assert.False(Decide(Mood(0.1), misunderstood: 1).Escalate);
        Assert.Equal(EscalationReason.NotUnderstood, Decide(Mood(0.1), misunderstood: 2).Reason);
    }

    [Fact]
    public void Decide_SignalRemovedFromTheEscalateAloneList_NoLongerEscalatesAlone()
    {
        var policy = new EscalationPolicy(new EscalationOptions { SignalsThatEscalateAlone = [UpsetSignalKind.HumanRequest] });

        Assert.False(policy.Decide(new EscalationContext(Mood(0.2, new UpsetSignal(UpsetSignalKind.Sarcasm, "yeah right")), [])).Escalate);
    }

    [Fact]
    public void Decide_NoOptions_Throws()
        => Assert.Throws<ArgumentNullException>(() => new EscalationPolicy(null!));
}
