using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class DesiredResolutionRecognizerTests
{
    private static readonly DesiredResolutionRecognizer Recognizer = new();

    [Theory]
    [InlineData("I want a refund.", DesiredResolution.Refund)]
    [InlineData("환불해 주세요.", DesiredResolution.Refund)]
    [InlineData("返金してほしいです。", DesiredResolution.Refund)]
    [InlineData("我要退款。", DesiredResolution.Refund)]
    [InlineData("Želim vračilo denarja.", DesiredResolution.Refund)]
    [InlineData("Please send me a replacement.", DesiredResolution.Replacement)]
    [InlineData("새 제품으로 보내 주세요.", DesiredResolution.Replacement)]
    [InlineData("代替品を送ってください。", DesiredResolution.Replacement)]
    [InlineData("请给我补发一个。", DesiredResolution.Replacement)]
    [InlineData("Prosim za nadomestni izdelek.", DesiredResolution.Replacement)]
    [InlineData("I'd like to exchange it for a different size.", DesiredResolution.Exchange)]
    [InlineData("다른 사이즈로 교환하고 싶어요.", DesiredResolution.Exchange)]
    [InlineData("別のサイズに交換してほしいです。", DesiredResolution.Exchange)]
    [InlineData("我想换货。", DesiredResolution.Exchange)]
    [InlineData("Želim zamenjavo za drugo velikost.", DesiredResolution.Exchange)]
    [InlineData("Store credit would be fine, please.", DesiredResolution.StoreCredit)]
    [InlineData("적립금으로 주세요.", DesiredResolution.StoreCredit)]
    [InlineData("ポイントでお願いします。", DesiredResolution.StoreCredit)]
    [InlineData("给我店铺积分就可以。", DesiredResolution.StoreCredit)]
    [InlineData("Prosim za dobropis.", DesiredResolution.StoreCredit)]
    [InlineData("I'd expect a discount on my next order.", DesiredResolution.Discount)]
    [InlineData("할인을 받고 싶어요.", DesiredResolution.Discount)]
    [InlineData("割引してほしいです。", DesiredResolution.Discount)]
    [InlineData("希望给个折扣。", DesiredResolution.Discount)]
    [InlineData("Pričakujem popust.", DesiredResolution.Discount)]
    [InlineData("I just want it repaired.", DesiredResolution.Repair)]
    [InlineData("수리해 주세요.", DesiredResolution.Repair)]
    [InlineData("修理をお願いします。", DesiredResolution.Repair)]
    [InlineData("请帮我维修。", DesiredResolution.Repair)]
    [InlineData("Prosim, popravite ga.", DesiredResolution.Repair)]
    [InlineData("I want an apology and an explanation.", DesiredResolution.ExplanationOrApology)]
    [InlineData("사과를 받고 싶어요.", DesiredResolution.ExplanationOrApology)]
    [InlineData("謝罪してほしいです。", DesiredResolution.ExplanationOrApology)]
    [InlineData("我希望你们道歉。", DesiredResolution.ExplanationOrApology)]
    [InlineData("Želim opravičilo.", DesiredResolution.ExplanationOrApology)]
    [InlineData("I ＷＡＮＴ my money back!!! 😤", DesiredResolution.Refund)]
    [InlineData("zelim popravilo", DesiredResolution.Repair)]
    public void Recognize_RequestInTheStory_IsRecognised(string text, DesiredResolution expected)
    {
        var recognition = Recognizer.Recognize(text, answeringQuestion: false);
        Assert.Equal(expected, recognition.Resolution);
        Assert.NotEmpty(recognition.Evidence);
    }

    [Theory]
    [InlineData("refund", DesiredResolution.Refund)]
    [InlineData("환불", DesiredResolution.Refund)]
    [InlineData("新しいもの", DesiredResolution.Replacement)]
    [InlineData("换货", DesiredResolution.Exchange)]
    [InlineData("popravilo", DesiredResolution.Repair)]
    [InlineData("Vračilo denarja", DesiredResolution.Refund)]
    [InlineData("새 상품으로 교환", DesiredResolution.Replacement)]
    [InlineData("다른 상품으로 교환", DesiredResolution.Exchange)]
    [InlineData("补发新品", DesiredResolution.Replacement)]
    [InlineData("説明・謝罪", DesiredResolution.ExplanationOrApology)]
    public void Recognize_ShortAnswerToTheQuestion_IsRecognised(string text, DesiredResolution expected)
        => Assert.Equal(expected, Recognizer.Recognize(text, answeringQuestion: true).Resolution);

    [Theory]
    [InlineData("I don't want a refund, I want a replacement.", DesiredResolution.Replacement)]
    [InlineData("Not a refund — please repair it.", DesiredResolution.Repair)]
    [InlineData("환불 말고 교환해 주세요.", DesiredResolution.Exchange)]
    [InlineData("返金ではなく、修理をお願いします。", DesiredResolution.Repair)]
    [InlineData("我不要退款，请帮我维修。", DesiredResolution.Repair)]
    [InlineData("Nočem vračila denarja, želim popravilo.", DesiredResolution.Repair)]
    public void Recognize_NegatedMention_DoesNotCount(string text, DesiredResolution expected)
        => Assert.Equal(expected, Recognizer.Recognize(text, answeringQuestion: false).Resolution);

    [Theory]
    [InlineData("I tried to fix it myself but the refund policy page is confusing.")]
    [InlineData("제가 직접 수리해 봤는데 안 돼요.")]
    [InlineData("The blender is broken.")]
    [InlineData("")]
    public void Recognize_MentionThatIsNoRequest_InStory_IsNone(string text)
        => Assert.Null(Recognizer.Recognize(text, answeringQuestion: false).Resolution);

    [Fact]
    public void Recognize_TwoWishes_LeavesTheChoiceButListsBoth()
    {
        var recognition = Recognizer.Recognize("A refund or a replacement, please.", answeringQuestion: true);
        Assert.Null(recognition.Resolution);
        Assert.Equal([DesiredResolution.Refund, DesiredResolution.Replacement], recognition.Mentioned);
    }
}
