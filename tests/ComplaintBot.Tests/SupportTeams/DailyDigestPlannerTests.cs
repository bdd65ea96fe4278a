using ComplaintBot.SupportTeams;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class DailyDigestPlannerTests
{
    private static readonly TimeZoneInfo Ljubljana = TimeZoneInfo.FindSystemTimeZoneById("Europe/Ljubljana");

    [Fact]
    public void DueDay_BeforeTheDigestTime_IsNone_ThenYesterday()
    {
        var eight = TimeSpan.FromHours(8);

        Assert.Null(DailyDigestPlanner.DueDay(new DateTimeOffset(2026, 11, 23, 6, 59, 0, TimeSpan.Zero), Ljubljana, eight));
        Assert.Equal(new DateOnly(2026, 11, 22), DailyDigestPlanner.DueDay(new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero), Ljubljana, eight));
        Assert.Equal(new DateOnly(2026, 11, 22), DailyDigestPlanner.DueDay(new DateTimeOffset(2026, 11, 23, 22, 59, 0, TimeSpan.Zero), Ljubljana, eight));
        Assert.Null(DailyDigestPlanner.DueDay(new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.Zero), Ljubljana, eight));
    }

    [Fact]
    public void StartOf_ADayInTheTimeZone_IsItsLocalMidnight_AcrossAClockChange()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.FromHours(1)), DailyDigestPlanner.StartOf(new DateOnly(2026, 11, 22), Ljubljana));
        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), DailyDigestPlanner.StartOf(new DateOnly(2026, 7, 1), Ljubljana));
        var clockChange = DailyDigestPlanner.StartOf(new DateOnly(2026, 3, 29), Ljubljana);
        Assert.Equal(TimeSpan.FromHours(23), DailyDigestPlanner.StartOf(new DateOnly(2026, 3, 30), Ljubljana) - clockChange);
    }
}
