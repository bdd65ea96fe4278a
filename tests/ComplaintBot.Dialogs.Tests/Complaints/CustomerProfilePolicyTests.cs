using System.ComponentModel.DataAnnotations;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class CustomerProfilePolicyTests
{
    private static readonly Customer Ana = new("webchat", "ana-1");

    private static CustomerProfilePolicy Make(InMemoryComplaintStore store, CustomerProfileOptions? options = null)
        => new(Options.Create(options ?? new CustomerProfileOptions()), store, new ManualTimeProvider(TestComplaints.Now));

    [Theory]
    [InlineData("ACC-7", null, true)]
    [InlineData("acc-7", null, true)]
    [InlineData("ACC-8", null, false)]
    [InlineData(null, "ceo@bigcorp.example", true)]
    [InlineData(null, "ana@EU.BigCorp.example", true)]
    [InlineData(null, "ana@notbigcorp.example", false)]
    [InlineData(null, "ana@bigcorp.example.evil", false)]
    [InlineData(null, null, false)]
    public void IsVip_ByAccountOrEmailDomain(string? account, string? email, bool expected)
    {
        var policy = Make(new InMemoryComplaintStore(), new CustomerProfileOptions { VipAccountIds = ["ACC-7"], VipEmailDomains = ["bigcorp.example"] });
        Assert.Equal(expected, policy.IsVip(Ana with { AccountId = account, Email = email }));
    }

    [Fact]
    public async Task GetAsync_ThreeComplaintsIn30Days_IsFrequentAndListsThemNewestFirst()
    {
        var store = new InMemoryComplaintStore();
        store.Seed(TestComplaints.Make("CMP-AAAAAA", Ana, TestComplaints.Now.AddDays(-2)));
        store.Seed(TestComplaints.Make("CMP-BBBBBB", Ana, TestComplaints.Now.AddDays(-10)));
        store.Seed(TestComplaints.Make("CMP-CCCCCC", Ana, TestComplaints.Now.AddDays(-29)));
        store.Seed(TestComplaints.Make("CMP-DDDDDD", Ana, TestComplaints.Now.AddDays(-45)));
        store.Seed(TestComplaints.Make("CMP-EEEEEE", new Customer("webchat", "someone-else"), TestComplaints.Now.AddDays(-1)));

        var profile = await Make(store).GetAsync(Ana, CancellationToken.None);

        Assert.True(profile.IsFrequentContacter);
        Assert.Equal(3, profile.RecentComplaintCount);
        Assert.True(profile.HasContactedBefore);
        Assert.Equal(["CMP-AAAAAA", "CMP-BBBBBB", "CMP-CCCCCC", "CMP-DDDDDD"], profile.EarlierComplaints.Select(c => c.Reference));
    }

    [Fact]
    public async Task GetAsync_FewerThanConfigured_IsNotFrequent()
    {
        var store = new InMemoryComplaintStore();
        store.Seed(TestComplaints.Make("CMP-AAAAAA", Ana, TestComplaints.Now.AddDays(-2)));
        store.Seed(TestComplaints.Make("CMP-BBBBBB", Ana, TestComplaints.Now.AddDays(-8)));
        Assert.False((await Make(store).GetAsync(Ana, CancellationToken.None)).IsFrequentContacter);
        var weekly = Make(store, new CustomerProfileOptions { FrequentComplaintCount = 1, FrequentWindowDays = 7 });
        var profile = await weekly.GetAsync(Ana, CancellationToken.None);
        Assert.True(profile.IsFrequentContacter);
        Assert.Equal(1, profile.RecentComplaintCount);
    }

    [Fact]
    public async Task GetAsync_NewCustomer_HasNoHistory()
    {
        var profile = await Make(new InMemoryComplaintStore()).GetAsync(Ana, CancellationToken.None);
        Assert.Equal(CustomerProfile.New with { EarlierComplaints = profile.EarlierComplaints }, profile);
        Assert.False(profile.HasContactedBefore);
        Assert.Empty(profile.AboutTheSame(ComplaintCategory.Delivery, new ComplaintFacts()));
    }

    [Fact]
    public void AboutTheSame_SameOrderProductOrOpenCategory_AreFound()
    {
        var earlier = new[]
        {
            TestComplaints.Make("CMP-AAAAAA", Ana) with { Category = ComplaintCategory.Delivery, Facts = new ComplaintFacts { OrderNumber = "12345" }, Status = ComplaintStatus.Closed },
            TestComplaints.Make("CMP-BBBBBB", Ana) with { Category = ComplaintCategory.ProductFault, Facts = new ComplaintFacts { Product = "Acme X200" }, Status = ComplaintStatus.Closed },
            TestComplaints.Make("CMP-CCCCCC", Ana) with { Category = ComplaintCategory.Billing, Status = ComplaintStatus.InProgress },
            TestComplaints.Make("CMP-DDDDDD", Ana) with { Category = ComplaintCategory.Billing, Status = ComplaintStatus.Closed },
        };
        var profile = new CustomerProfile(false, false, 4, earlier);

        Assert.Equal(["CMP-AAAAAA"], profile.AboutTheSame(ComplaintCategory.Delivery, new ComplaintFacts { OrderNumber = " 12345 " }).Select(c => c.Reference));
        Assert.Equal(["CMP-BBBBBB"], profile.AboutTheSame(ComplaintCategory.Other, new ComplaintFacts { Product = "acme x200" }).Select(c => c.Reference));
        Assert.Equal(["CMP-CCCCCC"], profile.AboutTheSame(ComplaintCategory.Billing, new ComplaintFacts()).Select(c => c.Reference));
        Assert.Empty(profile.AboutTheSame(ComplaintCategory.ServiceOrStaff, new ComplaintFacts()));
    }

    public static TheoryData<CustomerProfileOptions> InvalidOptions() => new()
    {
        new CustomerProfileOptions { VipEmailDomains = ["@bigcorp.example"] },
        new CustomerProfileOptions { VipEmailDomains = ["localhost"] },
        new CustomerProfileOptions { VipAccountIds = [" "] },
        new CustomerProfileOptions { FrequentComplaintCount = 0 },
        new CustomerProfileOptions { FrequentWindowDays = 0 },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Constructor_InvalidOptions_Throws(CustomerProfileOptions options)
        => Assert.Throws<ValidationException>(() => Make(new InMemoryComplaintStore(), options));
}
