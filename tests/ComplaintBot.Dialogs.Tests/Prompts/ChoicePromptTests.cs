using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Tests.Kit;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Tests.Prompts;

public class ChoicePromptTests
{
    private static readonly Choice[] Resolutions =
    [
        new("refund") { Title = "Refund", Synonyms = ["money back", "환불", "返金", "退款", "vračilo denarja"] },
        new("replacement") { Title = "Replacement", Synonyms = ["a new one", "교환품", "交換品", "换新", "nov izdelek"] },
        new("store credit") { Title = "Store credit", Synonyms = ["voucher", "적립금", "ストアクレジット", "商店积分", "dobropis"] },
    ];

    private static DialogTestClient Client(string locale = "en-US") => new(
        () => new PromptTestDialog(new ChoicePrompt("prompt"), new PromptOptions
        {
            Prompt = ActivityExtensions.CreateMessage("What would make this right?"),
            RetryPrompt = ActivityExtensions.CreateMessage("Please pick one of the options."),
            Choices = Resolutions,
        }),
        locale: locale);

    [Fact]
    public async Task ChoicePrompt_Asks_WithOneImBackButtonPerChoice()
    {
        var reply = Assert.Single(await Client().SendActivityAsync("hi"));

        Assert.Equal("What would make this right?", reply.Text);
        Assert.Equal(InputHints.ExpectingInput, reply.InputHint);
        Assert.Equal(["Refund", "Replacement", "Store credit"], reply.Buttons());
        Assert.All(reply.SuggestedActions!.Actions, action => Assert.Equal(ActionTypes.ImBack, action.Type));
    }

    [Theory]
    [InlineData("Refund", "choice:refund:0")]
    [InlineData("refund", "choice:refund:0")]
    [InlineData("  REFUND!  ", "choice:refund:0")]
    [InlineData("store credit", "choice:store credit:2")]
    [InlineData("Money back", "choice:refund:0")]
    [InlineData("voucher", "choice:store credit:2")]
    [InlineData("2", "choice:replacement:1")]
    [InlineData("#3", "choice:store credit:2")]
    [InlineData("２", "choice:replacement:1")]
    [InlineData("2번", "choice:replacement:1")]
    [InlineData("3番", "choice:store credit:2")]
    [InlineData("ｒｅｆｕｎｄ", "choice:refund:0")]
    [InlineData("ＲＥＦＵＮＤ", "choice:refund:0")]
    [InlineData("I'd just like my money back, please", "choice:refund:0")]
    [InlineData("환불해 주세요", "choice:refund:0")]
    [InlineData("返金をお願いします", "choice:refund:0")]
    [InlineData("我要退款", "choice:refund:0")]
    [InlineData("Želim vračilo denarja.", "choice:refund:0")]
    public async Task ChoicePrompt_Answer_IsRecognized(string answer, string expected)
    {
        var client = Client();
        await client.SendActivityAsync("hi");

        Assert.Equal([expected], (await client.SendActivityAsync(answer)).Texts());
    }

    [Theory]
    [InlineData("4")]
    [InlineData("0")]
    [InlineData("refund or a voucher")]
    [InlineData("refunds")]
    [InlineData("🤷")]
    public async Task ChoicePrompt_UnclearAnswer_AsksAgainWithTheRetryPromptAndButtons(string answer)
    {
        var client = Client();
        await client.SendActivityAsync("hi");

        var reply = Assert.Single(await client.SendActivityAsync(answer));

        Assert.Equal("Please pick one of the options.", reply.Text);
        Assert.Equal(["Refund", "Replacement", "Store credit"], reply.Buttons());
    }

    [Theory]
    [InlineData("I'd like to talk to a human", "agent")]
    [InlineData("상담원 연결해 주세요", "agent")]
    [InlineData("HELP", "help")]
    [InlineData("1", null)]
    [InlineData("my order was late", null)]
    public void ChoiceRecognizer_FindMentioned_IgnoresNumbers(string text, string? expected)
    {
        Choice[] commands =
        [
            new("help") { Synonyms = ["도움말", "ヘルプ", "帮助", "pomoč"] },
            new("agent") { Synonyms = ["human", "person", "manager", "상담원", "担当者", "人工客服", "operater"] },
        ];

        Assert.Equal(expected, ChoiceRecognizer.FindMentioned(text, commands)?.Value);
    }

    [Fact]
    public async Task ChoicePrompt_StyleNone_SendsNoButtons()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new ChoicePrompt("prompt"), PromptOptions.FromText("Refund or replacement?") with { Choices = Resolutions, Style = ListStyle.None }));

        Assert.Null(Assert.Single(await client.SendActivityAsync("hi")).SuggestedActions);
    }

    [Fact]
    public void ChoiceRecognizer_ChineseOrdinal_IsRecognizedAsTheNumber()
        => Assert.Equal(new FoundChoice("store credit", 2), ChoiceRecognizer.Recognize("第3个", Resolutions));
}
