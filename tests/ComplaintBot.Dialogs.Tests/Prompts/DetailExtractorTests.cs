using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Tests.Prompts;

public class DetailExtractorTests
{
    [Theory]
    [InlineData("mail me at ana.novak+shop@posta.si.", "ana.novak+shop@posta.si")]
    [InlineData("김민준 minjun.kim@example.co.kr 입니다", "minjun.kim@example.co.kr")]
    [InlineData("メールは ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ です", "taro@example.jp")]
    [InlineData("no address here", null)]
    [InlineData("broken@", null)]
    [InlineData("a@b", null)]
    public void FindEmail_Text_FindsTheAddress(string text, string? expected) => Assert.Equal(expected, DetailExtractor.FindEmail(text));

    [Theory]
    [InlineData("+1 (415) 555-0132", "+14155550132")]
    [InlineData("010-1234-5678", "01012345678")]
    [InlineData("電話は０９０－１２３４－５６７８です", "09012345678")]
    [InlineData("我的电话是 138 0013 8000", "13800138000")]
    [InlineData("041 123 456", "041123456")]
    [InlineData("it started on 2024-03-15", null)]
    [InlineData("on 15.03.2024", null)]
    [InlineData("začelo se je 15. 3. 2024", null)]
    [InlineData("order ORD-1234567 is late", null)]
    [InlineData("12345", null)]
    [InlineData("1234567890123456789", null)]
    public void FindPhoneNumber_Text_FindsTheNumber(string text, string? expected) => Assert.Equal(expected, DetailExtractor.FindPhoneNumber(text));

    [Theory]
    [InlineData("order ord-123456 never came", "ORD-123456")]
    [InlineData("注文番号はＯＲＤ１２３４５６です", "ORD123456")]
    [InlineData("order 123456", null)]
    public void FindOrderNumber_Text_UsesThePattern(string text, string? expected)
        => Assert.Equal(expected, DetailExtractor.FindOrderNumber(text, @"ORD-?\d{6}"));

    [Fact]
    public void FindOrderNumber_InvalidPattern_Throws() => Assert.ThrowsAny<ArgumentException>(() => DetailExtractor.FindOrderNumber("x", "(["));
}
