using ComplaintBot.Protocol.Connector;

namespace ComplaintBot.Protocol.Tests.Auth;

public class ServiceUrlTrustTests
{
    [Fact]
    public void Trust_CoversEveryPathOfTheSameOrigin_IgnoringCase()
    {
        var trust = new ServiceUrlTrust([]);

        trust.Trust("https://smba.trafficmanager.net/amer/");

        Assert.True(trust.IsTrusted("https://SMBA.trafficmanager.net/emea/"));
        Assert.False(trust.IsTrusted("https://smba.trafficmanager.net:8443/amer/"));
        Assert.False(trust.IsTrusted("http://smba.trafficmanager.net/amer/"));
        Assert.False(trust.IsTrusted("https://evil.example/amer/"));
    }

    [Fact]
    public void Configured_ServiceUrlsAreTrustedFromTheStart_AndNonsenseTrustsNothing()
    {
        var trust = new ServiceUrlTrust(["https://smba.infra.gcc.teams.microsoft.com/gcc", "not a url"]);

        Assert.True(trust.IsTrusted("https://smba.infra.gcc.teams.microsoft.com/gcc/"));
        Assert.False(trust.IsTrusted("not a url"));
    }
}
