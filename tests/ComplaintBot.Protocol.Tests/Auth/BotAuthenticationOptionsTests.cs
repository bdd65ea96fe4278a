using ComplaintBot.Protocol.Auth;

namespace ComplaintBot.Protocol.Tests.Auth;

public class BotAuthenticationOptionsTests
{
    private readonly BotAuthenticationOptionsValidator _validator = new();

    [Fact]
    public void Validate_NoAppId_IsValidAndDisablesAuthentication()
    {
        var options = new BotAuthenticationOptions();

        Assert.True(_validator.Validate(null, options).Succeeded);
        Assert.True(options.IsAuthenticationDisabled);
    }

    [Theory]
    [InlineData(null, BotAppType.MultiTenant)]
    [InlineData("", BotAppType.MultiTenant)]
    [InlineData("multitenant", BotAppType.MultiTenant)]
    [InlineData("SingleTenant", BotAppType.SingleTenant)]
    [InlineData("UserAssignedMSI", BotAppType.UserAssignedMsi)]
    public void AppType_ParsesTheSdkNamesIgnoringCase(string? value, BotAppType expected)
        => Assert.Equal(expected, new BotAuthenticationOptions { MicrosoftAppType = value }.GetAppType());

    [Theory]
    [InlineData("Federated")]
    [InlineData("1")]
    public void Validate_UnknownAppType_Fails(string value)
        => Assert.False(_validator.Validate(null, new BotAuthenticationOptions { MicrosoftAppType = value }).Succeeded);

    [Theory]
    [InlineData("MultiTenant", "secret", null, true)]
    [InlineData("MultiTenant", null, null, false)]
    [InlineData("SingleTenant", "secret", "tenant", true)]
    [InlineData("SingleTenant", "secret", null, false)]
    [InlineData("UserAssignedMSI", null, "tenant", true)]
    [InlineData("UserAssignedMSI", "secret", "tenant", false)]
    public void Validate_CredentialsMustFitTheAppType(string appType, string? password, string? tenant, bool valid)
    {
        var options = new BotAuthenticationOptions { MicrosoftAppType = appType, MicrosoftAppId = "app", MicrosoftAppPassword = password, MicrosoftAppTenantId = tenant };

        Assert.Equal(valid, _validator.Validate(null, options).Succeeded);
    }

    [Theory]
    [InlineData("https://login.botframework.com/v1/.well-known/openidconfiguration", true)]
    [InlineData("http://127.0.0.1:5000/.well-known/openidconfiguration", true)]
    [InlineData("http://localhost:5000/.well-known/openidconfiguration", true)]
    [InlineData("http://[::1]:5000/.well-known/openidconfiguration", true)]
    [InlineData("http://login.example.com/.well-known/openidconfiguration", false)]
    [InlineData("http://10.0.0.5/.well-known/openidconfiguration", false)]
    [InlineData("/relative", false)]
    public void Validate_MetadataAndLoginUrls_MustBeHttpsUnlessOnLoopback(string url, bool valid)
    {
        Assert.Equal(valid, _validator.Validate(null, new BotAuthenticationOptions { ToBotFromChannelOpenIdMetadataUrl = url }).Succeeded);
        Assert.Equal(valid, _validator.Validate(null, new BotAuthenticationOptions { ToBotFromEmulatorOpenIdMetadataUrl = url }).Succeeded);
        Assert.Equal(valid, _validator.Validate(null, new BotAuthenticationOptions { ToChannelFromBotLoginUrl = url }).Succeeded);
    }

    [Fact]
    public void Defaults_AreThePublicClouds()
    {
        var multi = new BotAuthenticationOptions { MicrosoftAppId = "app" };
        var single = new BotAuthenticationOptions { MicrosoftAppId = "app", MicrosoftAppType = "SingleTenant", MicrosoftAppTenantId = "contoso-tenant" };

        Assert.Equal("https://login.botframework.com/v1/.well-known/openidconfiguration", multi.GetChannelOpenIdMetadataUrl().AbsoluteUri);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", multi.GetEmulatorOpenIdMetadataUrl().AbsoluteUri);
        Assert.Equal("https://login.microsoftonline.com/botframework.com", multi.GetLoginAuthority().AbsoluteUri);
        Assert.Equal("https://login.microsoftonline.com/contoso-tenant", single.GetLoginAuthority().AbsoluteUri);
        Assert.Equal("https://api.botframework.com/.default", multi.GetDefaultScope());
    }
}
