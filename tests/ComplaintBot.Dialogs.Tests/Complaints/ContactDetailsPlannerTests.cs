using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class ContactDetailsPlannerTests
{
    [Theory]
    [InlineData("msteams", "29:1abc", "Ana Novak", "Ana Novak")]
    [InlineData("msteams", "29:1abc", "  김민지 ", "김민지")]
    [InlineData("webchat", "u-1", "Ana Novak", "Ana Novak")]
    [InlineData("webchat", "u-1", "User", null)]
    [InlineData("webchat", "u-1", "guest", null)]
    [InlineData("webchat", "u-1", "u-1", null)]
    [InlineData("webchat", "u-1", "dl_4f3a2b", null)]
    [InlineData("webchat", "u-1", "8d3c2c8e-4b1f-4f7a-9a51-3c1f0d1f2a11", null)]
    [InlineData("webchat", "u-1", "1234567", null)]
    [InlineData("webchat", "u-1", "", null)]
    [InlineData("webchat", "u-1", null, null)]
    public void NameFromChannel_RealNamesOnly(string channel, string userId, string? name, string? expected)
        => Assert.Equal(expected, ContactDetailsPlanner.NameFromChannel(channel, userId, name));

    [Fact]
    public void Missing_NothingKnown_AsksNameContactAndOrderInThatOrder()
    {
        var missing = ContactDetailsPlanner.Missing(new Customer("webchat", "u"), new ComplaintFacts());
        Assert.Equal([ContactDetail.Name, ContactDetail.EmailOrPhone, ContactDetail.OrderOrAccount], missing.Select(m => m.Detail));
        Assert.Equal(["AskName", "AskContact", "AskOrderOrAccount"], missing.Select(m => m.ResourceKey));
        Assert.Equal([null, DetailKind.Phone, DetailKind.OrderNumber], missing.Select(m => m.Expecting));
    }

    [Fact]
    public void Missing_TeamsNameAndDetailsFromTheStory_AreNotAskedFor()
    {
        var customer = new Customer("msteams", "29:1") { Name = ContactDetailsPlanner.NameFromChannel("msteams", "29:1", "Ana Novak") };
        Assert.Equal(
            [ContactDetail.EmailOrPhone],
            ContactDetailsPlanner.Missing(customer, new ComplaintFacts { OrderNumber = "12345" }).Select(m => m.Detail));
        Assert.Empty(ContactDetailsPlanner.Missing(customer with { Phone = "+38641123456", AccountId = "ana" }, new ComplaintFacts()));
    }

    [Fact]
    public void Missing_DeclinedDetail_IsNotAskedAgain()
        => Assert.Equal(
            [ContactDetail.EmailOrPhone],
            ContactDetailsPlanner.Missing(new Customer("webchat", "u") { Name = "Ana" }, new ComplaintFacts(), [ContactDetail.OrderOrAccount]).Select(m => m.Detail));
}
