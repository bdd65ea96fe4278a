using System.ComponentModel.DataAnnotations;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class PriorityPolicyTests
{
    private static readonly PriorityPolicy Policy = new(Options.Create(new PriorityOptions()));

    public static TheoryData<PriorityInput, ComplaintPriority, string[]> Cases() => new()
    {
        { new PriorityInput(ComplaintCategory.ProductFault), ComplaintPriority.Normal, [] },
        { new PriorityInput(ComplaintCategory.Other), ComplaintPriority.Normal, [] },
        { new PriorityInput(ComplaintCategory.Billing), ComplaintPriority.High, ["category:billing"] },
        { new PriorityInput(ComplaintCategory.Delivery) { IsVip = true }, ComplaintPriority.High, ["vip"] },
        { new PriorityInput(ComplaintCategory.Delivery) { IsFrequentContacter = true }, ComplaintPriority.High, ["frequent"] },
        { new PriorityInput(ComplaintCategory.Delivery) { Escalated = true }, ComplaintPriority.High, ["escalated"] },
        { new PriorityInput(ComplaintCategory.Delivery) { IsVip = true, IsFrequentContacter = true }, ComplaintPriority.High, ["vip", "frequent"] },
        { new PriorityInput(ComplaintCategory.ProductFault) { UrgentHarm = true }, ComplaintPriority.Urgent, ["urgent-harm"] },
        { new PriorityInput(ComplaintCategory.Billing) { UrgentHarm = true, IsVip = true }, ComplaintPriority.Urgent, ["urgent-harm", "vip", "category:billing"] },
        { new PriorityInput(ComplaintCategory.Delivery) { IsVip = true, IsFrequentContacter = true, Escalated = true }, ComplaintPriority.Urgent, ["vip", "frequent", "escalated"] },
        { new PriorityInput(ComplaintCategory.Billing) { IsVip = true, Escalated = true }, ComplaintPriority.Urgent, ["vip", "escalated", "category:billing"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Decide_Circumstances_GivePriorityAndReasons(PriorityInput input, ComplaintPriority expected, string[] reasons)
    {
        var decision = Policy.Decide(input);
        Assert.Equal(expected, decision.Priority);
        Assert.Equal(reasons, decision.Reasons);
    }

    [Fact]
    public void Decide_ConfiguredCategoriesAndThreshold_AreUsed()
    {
        var policy = new PriorityPolicy(Options.Create(new PriorityOptions
        {
            HighPriorityCategories = [ComplaintCategory.AccountOrTechnical],
            ReasonsForUrgent = 2,
        }));
        Assert.Equal(ComplaintPriority.Normal, policy.Decide(new PriorityInput(ComplaintCategory.Billing)).Priority);
        Assert.Equal(ComplaintPriority.High, policy.Decide(new PriorityInput(ComplaintCategory.AccountOrTechnical)).Priority);
        Assert.Equal(ComplaintPriority.Urgent, policy.Decide(new PriorityInput(ComplaintCategory.AccountOrTechnical) { IsVip = true }).Priority);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Constructor_InvalidThreshold_Throws(int reasonsForUrgent)
        => Assert.Throws<ValidationException>(() => new PriorityPolicy(Options.Create(new PriorityOptions { ReasonsForUrgent = reasonsForUrgent })));
}
