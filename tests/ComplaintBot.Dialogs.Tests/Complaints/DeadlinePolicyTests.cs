using System.ComponentModel.DataAnnotations;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class DeadlinePolicyTests
{
    [Theory]
    [InlineData(ComplaintPriority.Urgent, 4)]
    [InlineData(ComplaintPriority.High, 24)]
    [InlineData(ComplaintPriority.Normal, 48)]
    public void DeadlineFor_DefaultTargets_AddsTheTargetToNow(ComplaintPriority priority, int hours)
    {
        var policy = new DeadlinePolicy(Options.Create(new DeadlineOptions()), new ManualTimeProvider(TestComplaints.Now));
        Assert.Equal(TestComplaints.Now.AddHours(hours), policy.DeadlineFor(priority));
        Assert.Equal(TimeSpan.FromHours(hours), policy.TargetFor(priority));
    }

    [Fact]
    public void DeadlineFor_ConfiguredTargets_AreUsed()
    {
        var options = new DeadlineOptions { Urgent = TimeSpan.FromHours(1), High = TimeSpan.FromHours(8), Normal = TimeSpan.FromDays(3) };
        var clock = new ManualTimeProvider(TestComplaints.Now);
        var policy = new DeadlinePolicy(Options.Create(options), clock);
        clock.Now = clock.Now.AddMinutes(30);
        Assert.Equal(TestComplaints.Now.AddMinutes(90), policy.DeadlineFor(ComplaintPriority.Urgent));
        Assert.Equal(TestComplaints.Now.AddDays(3), policy.DeadlineFor(ComplaintPriority.Normal, TestComplaints.Now));
    }

    [Fact]
    public void DeadlineFor_OffsetNow_KeepsTheInstant()
    {
        var local = new DateTimeOffset(2026, 11, 23, 23, 0, 0, TimeSpan.FromHours(9));
        var policy = new DeadlinePolicy(Options.Create(new DeadlineOptions()), new ManualTimeProvider(local));
        Assert.Equal(local.UtcDateTime.AddHours(4), policy.DeadlineFor(ComplaintPriority.Urgent).UtcDateTime);
    }

    public static TheoryData<DeadlineOptions> InvalidOptions() => new()
    {
        new DeadlineOptions { Urgent = TimeSpan.Zero },
        new DeadlineOptions { Normal = TimeSpan.FromDays(31) },
        new DeadlineOptions { Urgent = TimeSpan.FromHours(30) },
        new DeadlineOptions { High = TimeSpan.FromHours(72) },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidTargets_Throws(DeadlineOptions options)
        => Assert.Throws<ValidationException>(() => new DeadlinePolicy(Options.Create(options), TimeProvider.System));
}
