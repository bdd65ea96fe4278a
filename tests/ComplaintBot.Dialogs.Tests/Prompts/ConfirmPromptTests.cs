using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Tests.Kit;

namespace ComplaintBot.Dialogs.Tests.Prompts;

public class ConfirmPromptTests
{
    private static DialogTestClient Client(string locale) => new(
        () => new PromptTestDialog(new ConfirmPrompt("prompt"), PromptOptions.FromText("Did I get that right?", "Yes or no?")),
        locale: locale);

    [Theory]
    [InlineData("en-US", "Yes", "No")]
    [InlineData("ko-KR", "네", "아니요")]
    [InlineData("ja-JP", "はい", "いいえ")]
    [InlineData("zh-CN", "是的", "不是")]
    [InlineData("sl-SI", "Da", "Ne")]
    public async Task ConfirmPrompt_Asks_WithYesAndNoButtonsOfTheTurnsLanguage(string locale, string yes, string no)
    {
        var client = Client(locale);

        var reply = Assert.Single(await client.SendActivityAsync("hi"));

        Assert.Equal([yes, no], reply.Buttons());
        Assert.Equal(["yes"], (await client.SendActivityAsync(yes)).Texts());
    }

    [Theory]
    [InlineData("en-US", "yes")]
    [InlineData("en-US", "Yeah")]
    [InlineData("en-US", "yep")]
    [InlineData("en-US", "Sure!")]
    [InlineData("en-US", "OK")]
    [InlineData("en-US", "correct")]
    [InlineData("en-US", "Yes, that's right")]
    [InlineData("en-US", "that's right")]
    [InlineData("en-US", "ｙｅｓ")]
    [InlineData("ko-KR", "네")]
    [InlineData("ko-KR", "예")]
    [InlineData("ko-KR", "응")]
    [InlineData("ko-KR", "맞아요")]
    [InlineData("ko-KR", "네, 맞아요")]
    [InlineData("ja-JP", "はい")]
    [InlineData("ja-JP", "ええ")]
    [InlineData("ja-JP", "はい、そうです")]
    [InlineData("zh-CN", "是")]
    [InlineData("zh-CN", "对")]
    [InlineData("zh-CN", "好的")]
    [InlineData("zh-CN", "是的，没错")]
    [InlineData("zh-CN", "好的谢谢")]
    [InlineData("sl-SI", "da")]
    [InlineData("sl-SI", "Ja")]
    [InlineData("sl-SI", "seveda")]
    [InlineData("sl-SI", "Drži.")]
    [InlineData("en-US", "네")]
    [InlineData("sl-SI", "yes")]
    public async Task ConfirmPrompt_TypedYes_IsTrue(string locale, string answer)
    {
        var client = Client(locale);
        await client.SendActivityAsync("hi");

        Assert.Equal(["yes"], (await client.SendActivityAsync(answer)).Texts());
    }

    [Theory]
    [InlineData("en-US", "no")]
    [InlineData("en-US", "Nope")]
    [InlineData("en-US", "No, it was the 5th")]
    [InlineData("en-US", "not really")]
    [InlineData("ko-KR", "아니요")]
    [InlineData("ko-KR", "아뇨")]
    [InlineData("ko-KR", "아니요, 틀렸어요")]
    [InlineData("ja-JP", "いいえ")]
    [InlineData("ja-JP", "違います")]
    [InlineData("ja-JP", "いいえ違います")]
    [InlineData("zh-CN", "不是")]
    [InlineData("zh-CN", "不对")]
    [InlineData("zh-CN", "否")]
    [InlineData("zh-CN", "不是的")]
    [InlineData("sl-SI", "ne")]
    [InlineData("sl-SI", "Ne, to ni res")]
    [InlineData("en-US", "Ｎｏ")]
    public async Task ConfirmPrompt_TypedNo_IsFalse(string locale, string answer)
    {
        var client = Client(locale);
        await client.SendActivityAsync("hi");

        Assert.Equal(["no"], (await client.SendActivityAsync(answer)).Texts());
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("not sure")]
    [InlineData("I don't know")]
    [InlineData("ne vem")]
    [InlineData("对不起")]
    [InlineData("不知道")]
    [InlineData("yesterday")]
    [InlineData("notebook")]
    [InlineData("jaz")]
    public void ConfirmRecognizer_NeitherYesNorNo_IsNull(string answer) => Assert.Null(ConfirmRecognizer.Recognize(answer));

    [Fact]
    public async Task ConfirmPrompt_Unclear_AsksTheRetryPromptWithTheButtons()
    {
        var client = Client("en-US");
        await client.SendActivityAsync("hi");

        var reply = Assert.Single(await client.SendActivityAsync("maybe"));

        Assert.Equal("Yes or no?", reply.Text);
        Assert.Equal(["Yes", "No"], reply.Buttons());
    }
}
