using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Conversations;

public sealed class VipCustomerTests
{
    [Fact]
    public async Task A_customer_from_a_VIP_domain_is_filed_with_a_higher_priority_and_its_reason()
    {
        await using var host = new BotHostFactory(new Dictionary<string, string?> { ["Complaints:Customers:VipEmailDomains:0"] = "bigclient.example" });
        using var client = host.CreateLoopbackClient();
        var chat = new CustomerChat(client, "en-US", name: "Ana");
        await chat.SayAllAsync(new[] { "My parcel from order 55120 never arrived and the tracking has not moved.", "That's all", "Yes", "It was due last Friday", "Refund", "ana@bigclient.example" });

        var complaint = Assert.Single(await host.Services.GetRequiredService<IComplaintStore>()
            .ListAsync(new ComplaintQuery { Customer = ("webchat", chat.UserId) }, CancellationToken.None));
        Assert.True(complaint.IsVip);
        Assert.True(complaint.Priority > ComplaintPriority.Normal);
        Assert.Contains(PriorityReasons.Vip, complaint.PriorityReasons);
        host.DeleteDataDirectory();
    }
}
