using System.Text.Json;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class PersonalDataRedactorTests
{
    [Theory]
    [InlineData("mail me at ana.novak@example.si", "mail me at [email]")]
    [InlineData("메일은 kim@example.co.kr로 주세요", "메일은 [email]로 주세요")]
    [InlineData("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐにお願いします", "[email]にお願いします")]
    [InlineData("call +386 41 123 456 today", "call [phone] today")]
    [InlineData("010-1234-5678로 전화 주세요", "[phone]로 전화 주세요")]
    [InlineData("電話番号は０９０-１２３４-５６７８です", "電話番号は[phone]です")]
    [InlineData("我的手机13800138000", "我的手机[phone]")]
    [InlineData("pokličite 041 123 456", "pokličite [phone]")]
    [InlineData("card 4111 1111 1111 1111 was charged", "card [card] was charged")]
    [InlineData("卡号4111-1111-1111-1111被扣款", "卡号[card]被扣款")]
    [InlineData("5500005555555559", "[card]")]
    [InlineData("IBAN SI56 2633 0001 2039 086 please", "IBAN [iban] please")]
    [InlineData("iban: DE89370400440532013000", "iban: [iban]")]
    [InlineData("GB82 WEST 1234 5698 7654 32 😡", "[iban] 😡")]
    public void Redact_PersonalData_IsMasked(string text, string expected)
        => Assert.Equal(expected, PersonalDataRedactor.Redact(text));

    [Theory]
    [InlineData("order 12345 arrived 2026-11-20 broken, I paid €49.90")]
    [InlineData("주문번호 12345, 3만 원")]
    [InlineData("注文番号12345の件")]
    [InlineData("订单号12345")]
    [InlineData("naročilo 12345, včeraj")]
    [InlineData("CMP-7K3Q9D")]
    [InlineData("")]
    public void Redact_NoPersonalData_KeepsTheText(string text)
        => Assert.Equal(text, PersonalDataRedactor.Redact(text));

    [Fact]
    public void Redact_Null_StaysNull() => Assert.Null(PersonalDataRedactor.Redact(null));

    [Theory]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData("4111 1111 1111 1112", false)]
    [InlineData("411111111111", false)]
    [InlineData("79927398713", false)]
    [InlineData("4111-1111-1111-1111", true)]
    public void PassesLuhn_CardNumbers(string number, bool expected) => Assert.Equal(expected, PersonalDataRedactor.PassesLuhn(number));

    [Fact]
    public void Redact_LuhnFailingLongNumber_IsStillMaskedAsANumber()
        => Assert.Equal("ref [phone]", PersonalDataRedactor.Redact("ref 4111 1111 1111 1112"));

    [Theory]
    [InlineData("SI56 2633 0001 2039 086", true)]
    [InlineData("SI56 2633 0001 2039 087", false)]
    [InlineData("DE89 3704 0044 0532 0130 00", true)]
    [InlineData("XX00", false)]
    public void IsIban_Checksum(string candidate, bool expected) => Assert.Equal(expected, PersonalDataRedactor.IsIban(candidate));

    [Fact]
    public void SensitiveText_InALogMessage_ShowsOnlyTheLength()
    {
        const string story = "My card 4111 1111 1111 1111 was charged twice, email ana@example.si";
        var wrapped = SensitiveText.Of(story);
        Assert.Equal($"[withheld: {story.Length} chars]", wrapped.ToString());
        Assert.Equal($"Story: [withheld: {story.Length} chars]", string.Format(System.Globalization.CultureInfo.InvariantCulture, "Story: {0}", wrapped));
        Assert.DoesNotContain("4111", JsonSerializer.Serialize(wrapped), StringComparison.Ordinal);
        Assert.Equal("[none]", SensitiveText.Of(null).ToString());
    }

    [Fact]
    public void Redact_VeryLongText_IsCutAndSaysHowMuchWasWithheld()
    {
        var text = new string('x', PersonalDataRedactor.MaxTextLength - 5) + " ana@example.si" + new string('y', 100);
        var redacted = PersonalDataRedactor.Redact(text)!;
        Assert.DoesNotContain("ana@", redacted, StringComparison.Ordinal);
        Assert.EndsWith("[… 114 chars withheld]", redacted, StringComparison.Ordinal);
        Assert.Equal("[… 10001 chars withheld]", PersonalDataRedactor.Redact(new string('7', PersonalDataRedactor.MaxTextLength + 1)));
    }
}
