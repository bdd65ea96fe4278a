using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Tests.Kit;

namespace ComplaintBot.Dialogs.Tests.Prompts;

public class NumberAndTextPromptTests
{
    private const string OrderPattern = @"\bORD-?\d{6}\b";

    [Theory]
    [InlineData("en-US", "42", "42")]
    [InlineData("en-US", "49.99", "49.99")]
    [InlineData("en-US", "about 3 weeks", "3")]
    [InlineData("en-US", "€1,250.50", "1250.50")]
    [InlineData("sl-SI", "49,99 €", "49.99")]
    [InlineData("ja-JP", "１２", "12")]
    [InlineData("zh-CN", "我付了99元", "99")]
    public async Task NumberPrompt_Answer_IsReadInTheTurnsCulture(string locale, string answer, string expected)
    {
        var client = new DialogTestClient(
            () => new PromptTestDialog(new NumberPrompt<decimal>("prompt"), PromptOptions.FromText("How much?")), locale: locale);
        await client.SendActivityAsync("hi");

        Assert.Equal([expected], (await client.SendActivityAsync(answer)).Texts());
    }

    [Fact]
    public async Task TextPrompt_Answer_IsTheTrimmedText()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(new TextPrompt("prompt"), PromptOptions.FromText("Tell me")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["카메라가 고장났어요 📷"], (await client.SendActivityAsync("  카메라가 고장났어요 📷 \n")).Texts());
    }

    [Theory]
    [InlineData("It's jane.doe@example.com thanks", "jane.doe@example.com")]
    [InlineData("ｊａｎｅ＠ｅｘａｍｐｌｅ．ｃｏｍ", "jane@example.com")]
    public async Task TextPrompt_EmailValidator_EndsWithJustTheAddress(string answer, string expected)
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new TextPrompt("prompt", PromptValidators.EmailAsync), PromptOptions.FromText("Your email?", "That does not look like an email address.")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["That does not look like an email address."], (await client.SendActivityAsync("jane at example")).Texts());
        Assert.Equal([expected], (await client.SendActivityAsync(answer)).Texts());
    }

    [Fact]
    public async Task TextPrompt_PhoneValidator_EndsWithTheDigits()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new TextPrompt("prompt", PromptValidators.PhoneNumberAsync), PromptOptions.FromText("Your phone?", "Phone number?")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["Phone number?"], (await client.SendActivityAsync("123")).Texts());
        Assert.Equal(["+38641123456"], (await client.SendActivityAsync("call me on +386 41 123 456")).Texts());
    }

    [Fact]
    public async Task TextPrompt_OrderNumberValidator_UsesTheConfiguredPattern()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new TextPrompt("prompt", PromptValidators.OrderNumber(OrderPattern)), PromptOptions.FromText("Order number?", "Like ORD-123456?")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["Like ORD-123456?"], (await client.SendActivityAsync("12345")).Texts());
        Assert.Equal(["ORD-654321"], (await client.SendActivityAsync("it was ord-654321 I think")).Texts());
    }
}
