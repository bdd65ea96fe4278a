using ComplaintBot.CheckIns;

namespace ComplaintBot.Tests.CheckIns;

public sealed class QuietHoursAndRatingTests
{
    private static readonly TimeZoneInfo Seoul = TimeZoneInfo.FindSystemTimeZoneById("Asia/Seoul");

    [Theory]
    [InlineData("2026-11-24T12:00:00Z", "2026-11-24T23:00:00Z")] // 21:00 in Seoul: quiet from then → 08:00 the next day
    [InlineData("2026-11-24T11:59:00Z", "2026-11-24T11:59:00Z")] // 20:59: allowed
    [InlineData("2026-11-24T13:00:00Z", "2026-11-24T23:00:00Z")] // 22:00 → 08:00 the next day
    [InlineData("2026-11-24T20:00:00Z", "2026-11-24T23:00:00Z")] // 05:00 → 08:00 the same day
    [InlineData("2026-11-24T23:00:00Z", "2026-11-24T23:00:00Z")] // 08:00: allowed
    public void NextAllowed_AcrossMidnight_MovesOnlyTimesInsideQuietHours(string at, string expected)
    {
        var quiet = new QuietHours(new TimeSpan(21, 0, 0), new TimeSpan(8, 0, 0));

        var moved = quiet.NextAllowed(DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture), Seoul);

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), moved);
    }

    [Fact]
    public void NextAllowed_StartEqualsEnd_NoQuietHours()
    {
        var at = new DateTimeOffset(2026, 11, 24, 15, 0, 0, TimeSpan.Zero);

        Assert.Equal(at, new QuietHours(TimeSpan.Zero, TimeSpan.Zero).NextAllowed(at, Seoul));
    }

    [Theory]
    [InlineData("5", 5)]
    [InlineData("4 stars", 4)]
    [InlineData("4 stars, pretty good", 4)]
    [InlineData("3/5", 3)]
    [InlineData("５", 5)]
    [InlineData("٤", 4)]
    [InlineData("5점", 5)]
    [InlineData("5점이요", 5)]
    [InlineData("４つ星です", 4)]
    [InlineData("2分", 2)]
    [InlineData("1 zvezdica", 1)]
    [InlineData("★★★", 3)]
    [InlineData("rating: 2", 2)]
    [InlineData("5 days late", null)]
    [InlineData("order 12345", null)]
    [InlineData("6", null)]
    [InlineData("0", null)]
    [InlineData("yes", null)]
    public void Rating_TypedInAnyLanguage(string text, int? expected)
    {
        Assert.Equal(expected, RatingRecognizer.Recognize(text));
    }
}
