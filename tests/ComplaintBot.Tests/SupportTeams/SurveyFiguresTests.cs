using ComplaintBot.CheckIns;
using ComplaintBot.SupportTeams;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class SurveyFiguresTests
{
    private static readonly DateTimeOffset Resolved = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Sent = Resolved.AddDays(1);

    /// <summary>Ten check-ins: eight delivered, six answered (five rated, five answered "solved?"), two undelivered.</summary>
    public static IReadOnlyList<CheckInResult> KnownSet { get; } =
    [
        Result("A1", "ProductFault", "Mina Park", solved: true, rating: 5),
        Result("A2", "ProductFault", "Mina Park", solved: true, rating: 4),
        Result("A3", "ProductFault", "Ana Novak", solved: false, rating: 2),
        Result("A4", "Delivery", "Ana Novak", solved: true, rating: 3),
        Result("A5", "Delivery", null, solved: null, rating: 1),
        Result("A6", "Billing", "Mina Park", solved: false, rating: null, comment: "Charged twice."),
        Result("A7", "Billing", "Mina Park", status: CheckInStatus.Unanswered),
        Result("A8", "Delivery", "Ana Novak", status: CheckInStatus.Sent),
        Result("A9", "Delivery", "Ana Novak", status: CheckInStatus.Undeliverable, sent: false),
        Result("A10", "Other", null, status: CheckInStatus.Missed, sent: false),
    ];

    [Fact]
    public void Overall_OnAKnownSet_CountsAndRatesAreRight()
    {
        var figures = SurveyFigures.Of(KnownSet);

        Assert.Equal(new SurveyFigures(CheckIns: 10, Delivered: 8, Responded: 6, Rated: 5, Satisfied: 2, SolvedAnswers: 5, Solved: 3, Negative: 3), figures);
        Assert.Equal(6.0 / 8, figures.ResponseRate);
        Assert.Equal(2.0 / 5, figures.Csat);
        Assert.Equal(3.0 / 5, figures.SolvedRate);
    }

    [Fact]
    public void Breakdowns_ByCategoryAndAgent_AreRight_AndSortedByName()
    {
        var summary = SurveySummary.Of(KnownSet);

        Assert.Equal(["Billing", "Delivery", "Other", "ProductFault"], summary.ByCategory.Select(line => line.Name));
        var productFault = summary.ByCategory.Single(line => line.Name == "ProductFault").Figures;
        Assert.Equal(2.0 / 3, productFault.Csat);
        Assert.Equal(2.0 / 3, productFault.SolvedRate);
        Assert.Equal(1.0, productFault.ResponseRate);
        var delivery = summary.ByCategory.Single(line => line.Name == "Delivery").Figures;
        Assert.Equal((4, 3, 2), (delivery.CheckIns, delivery.Delivered, delivery.Responded));
        Assert.Equal(0.0, delivery.Csat);
        Assert.Null(summary.ByCategory.Single(line => line.Name == "Other").Figures.ResponseRate);

        Assert.Equal([SurveySummary.NoAgent, "Ana Novak", "Mina Park"], summary.ByAgent.Select(line => line.Name));
        var mina = summary.ByAgent.Single(line => line.Name == "Mina Park").Figures;
        Assert.Equal((4, 4, 3), (mina.CheckIns, mina.Delivered, mina.Responded));
        Assert.Equal(1.0, mina.Csat);
        Assert.Equal(2.0 / 3, mina.SolvedRate);
        Assert.Equal(1, mina.Negative);
    }

    [Fact]
    public void NoCheckIns_HaveNoRates()
    {
        var figures = SurveyFigures.Of([]);

        Assert.Equal(0, figures.CheckIns);
        Assert.Null(figures.ResponseRate);
        Assert.Null(figures.Csat);
        Assert.Null(figures.SolvedRate);
    }

    public static CheckInResult Result(
        string id,
        string category,
        string? agent,
        bool? solved = null,
        int? rating = null,
        string? comment = null,
        CheckInStatus status = CheckInStatus.Answered,
        bool sent = true,
        DateTimeOffset? sentAt = null) =>
        new(id + "@1", id, category, "en", agent, status, solved, rating, comment, Resolved,
            sent ? sentAt ?? Sent : null,
            solved is null && rating is null && comment is null ? null : (sentAt ?? Sent).AddHours(1));
}
