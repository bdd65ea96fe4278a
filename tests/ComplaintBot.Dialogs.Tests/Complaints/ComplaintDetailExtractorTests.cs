using System.ComponentModel.DataAnnotations;
using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class ComplaintDetailExtractorTests
{
    /// <summary>Monday 23 November 2026.</summary>
    private static readonly ComplaintDetailExtractor Extractor = Make(TestComplaints.Now);

    private static ComplaintDetailExtractor Make(DateTimeOffset now, ComplaintDetailOptions? options = null)
        => new(Options.Create(options ?? new ComplaintDetailOptions()), new ManualTimeProvider(now));

    [Theory]
    [InlineData("My order 12345 never arrived", "12345")]
    [InlineData("order no. 12345 is late", "12345")]
    [InlineData("Order number: 12345", "12345")]
    [InlineData("the order number is 12345.", "12345")]
    [InlineData("I'm writing about #A-99812", "A-99812")]
    [InlineData("order #a-99812", "A-99812")]
    [InlineData("주문번호 12345 배송이 안 왔어요", "12345")]
    [InlineData("주문번호는 12345입니다", "12345")]
    [InlineData("주문 번호: 12345", "12345")]
    [InlineData("注文番号12345の商品が届きません", "12345")]
    [InlineData("注文番号は１２３４５です", "12345")]
    [InlineData("订单号12345还没到", "12345")]
    [InlineData("我的订单号是：12345", "12345")]
    [InlineData("naročilo 12345 še ni prispelo", "12345")]
    [InlineData("Številka naročila je 12345", "12345")]
    [InlineData("narocilo st. 12345", "12345")]
    [InlineData("naroc\u030Cilo 12345 🙁", "12345")]
    public void Extract_OrderNumberAfterCue_IsFound(string text, string expected)
        => Assert.Equal(expected, Extractor.Extract(text).First(DetailKind.OrderNumber)?.Value);

    [Theory]
    [InlineData("I bought it in 2019 and paid 12345 in total")]
    [InlineData("Please call me back")]
    [InlineData("in order to fix it I restarted it")]
    public void Extract_NumberWithoutOrderCue_IsNoOrderNumber(string text)
        => Assert.Null(Extractor.Extract(text).First(DetailKind.OrderNumber));

    [Fact]
    public void Extract_ExpectingOrderNumber_TakesABareNumber()
    {
        Assert.Equal("98765", Extractor.Extract("98765", expecting: DetailKind.OrderNumber).First(DetailKind.OrderNumber)?.Value);
        Assert.Equal("98765", Extractor.Extract("it's ９８７６５ I think", expecting: DetailKind.OrderNumber).First(DetailKind.OrderNumber)?.Value);
    }

    [Fact]
    public void Extract_ConfiguredOrderPattern_IsUsed()
    {
        var extractor = Make(TestComplaints.Now, new ComplaintDetailOptions { OrderNumberPattern = @"SO\d{6}" });
        Assert.Equal("SO123456", extractor.Extract("order so123456 is late").First(DetailKind.OrderNumber)?.Value);
        Assert.Null(extractor.Extract("order 12345 is late").First(DetailKind.OrderNumber));
    }

    [Theory]
    [InlineData("(")]
    [InlineData("x?")]
    [InlineData("")]
    public void Constructor_BadOrderPattern_Throws(string pattern)
        => Assert.Throws<ValidationException>(() => Make(TestComplaints.Now, new ComplaintDetailOptions { OrderNumberPattern = pattern }));

    [Theory]
    [InlineData("It broke yesterday", "2026-11-22", "yesterday (2026-11-22)")]
    [InlineData("It happened the day before yesterday", "2026-11-21", null)]
    [InlineData("since last Tuesday it won't start", "2026-11-17", "last Tuesday (2026-11-17)")]
    [InlineData("on 3 March I ordered it", "2026-03-03", "3 March")]
    [InlineData("I ordered it on March 3rd, 2025", "2025-03-03", null)]
    [InlineData("delivered 2026-11-20 but broken", "2026-11-20", "2026-11-20")]
    [InlineData("３日前から動きません", "2026-11-20", null)]
    [InlineData("it started 3 days ago", "2026-11-20", null)]
    [InlineData("today the app crashed", "2026-11-23", null)]
    [InlineData("어제 주문한 물건이 고장났어요", "2026-11-22", "어제 (2026-11-22)")]
    [InlineData("그저께부터 안 돼요", "2026-11-21", null)]
    [InlineData("11월 20일에 결제했어요", "2026-11-20", "11월 20일")]
    [InlineData("2026년 11월 20일", "2026-11-20", null)]
    [InlineData("3일 전부터 작동하지 않아요", "2026-11-20", null)]
    [InlineData("昨日届いた商品が壊れていました", "2026-11-22", "昨日 (2026-11-22)")]
    [InlineData("一昨日から動きません", "2026-11-21", null)]
    [InlineData("11月20日に届くはずでした", "2026-11-20", null)]
    [InlineData("2026年11月20日に注文しました", "2026-11-20", null)]
    [InlineData("昨天收到的产品坏了", "2026-11-22", "昨天 (2026-11-22)")]
    [InlineData("前天就坏了", "2026-11-21", null)]
    [InlineData("上周二下的订单", "2026-11-17", null)]
    [InlineData("三天前 11月20日付的款", "2026-11-20", null)]
    [InlineData("Včeraj sem prejel pokvarjen izdelek", "2026-11-22", "Včeraj (2026-11-22)")]
    [InlineData("vceraj se je pokvaril", "2026-11-22", null)]
    [InlineData("Prejšnji torek sem oddal naročilo", "2026-11-17", null)]
    [InlineData("Plačal sem 20. 11. 2026", "2026-11-20", "20. 11. 2026")]
    [InlineData("Naročil sem 3. marca", "2026-03-03", "3. marca")]
    [InlineData("pred tremi dnevi", "2026-11-20", null)]
    [InlineData("on 28 December", "2025-12-28", null)]
    [InlineData("by 30 November please", "2026-11-30", null)]
    public void Extract_Date_IsFoundAndResolved(string text, string date, string? value)
    {
        var detail = Extractor.Extract(text).First(DetailKind.Date);
        Assert.NotNull(detail);
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), detail.Date);
        if (value is not null)
        {
            Assert.Equal(value, detail.Value);
        }
    }

    [Theory]
    [InlineData("last Tuesday", "2026-11-24")]
    [InlineData("on Thursday", "2026-11-19")]
    [InlineData("지난주 화요일", "2026-11-17")]
    [InlineData("지난 화요일", "2026-11-24")]
    [InlineData("先週の火曜日", "2026-11-17")]
    [InlineData("上周二", "2026-11-17")]
    [InlineData("上星期日", "2026-11-22")]
    [InlineData("v torek", "2026-11-24")]
    [InlineData("prejšnjo sredo", "2026-11-25")]
    public void Extract_Weekday_ResolvesAgainstToday(string text, string date)
    {
        var thursday = Make(new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero));
        Assert.Equal(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), thursday.Extract(text).First(DetailKind.Date)?.Date);
    }

    [Theory]
    [InlineData("It started last week")]
    [InlineData("지난주부터요")]
    [InlineData("先週から")]
    [InlineData("上个月开始的")]
    [InlineData("prejšnji teden")]
    public void Extract_VagueTime_IsKeptAsWordsWithoutADay(string text)
    {
        var detail = Extractor.Extract(text).First(DetailKind.Date);
        Assert.NotNull(detail);
        Assert.Null(detail.Date);
        Assert.Equal(detail.Evidence, detail.Value);
    }

    [Theory]
    [InlineData("I was charged €49.90 twice", "en", "€49.90", 49.90, "EUR")]
    [InlineData("zaračunali so mi 49,90 EUR", "sl", "49,90 EUR", 49.90, "EUR")]
    [InlineData("plačal sem 1.234,56 €", "sl", "1.234,56 €", 1234.56, "EUR")]
    [InlineData("49,90 evrov preveč", "sl", "49,90 evrov", 49.90, "EUR")]
    [InlineData("₩30,000이 두 번 결제됐어요", "ko", "₩30,000", 30000, "KRW")]
    [InlineData("30,000원이 청구됐어요", "ko", "30,000원", 30000, "KRW")]
    [InlineData("3만 원이 더 나갔어요", "ko", "3만 원", 30000, "KRW")]
    [InlineData("3000円を請求されました", "ja", "3000円", 3000, "JPY")]
    [InlineData("３，０００円", "ja", "3,000円", 3000, "JPY")]
    [InlineData("¥200 charged", "ja", "¥200", 200, "JPY")]
    [InlineData("多收了¥200", "zh", "¥200", 200, "CNY")]
    [InlineData("多扣了200元", "zh", "200元", 200, "CNY")]
    [InlineData("多扣了3万元", "zh", "3万元", 30000, "CNY")]
    [InlineData("they took $12.50 extra", "en", "$12.50", 12.50, "USD")]
    [InlineData("a £5 fee 😡", "en", "£5", 5, "GBP")]
    public void Extract_AmountWithCurrency_IsFound(string text, string language, string value, double number, string currency)
    {
        var detail = Extractor.Extract(text, CultureInfo.GetCultureInfo(language)).First(DetailKind.Amount);
        Assert.NotNull(detail);
        Assert.Equal(value, detail.Value);
        Assert.Equal((decimal)number, detail.Number);
        Assert.Equal(currency, detail.Currency);
    }

    [Theory]
    [InlineData("I paid 30 for it")]
    [InlineData("order 12345")]
    [InlineData("3 days ago")]
    public void Extract_NumberWithoutCurrency_IsNoAmount(string text)
        => Assert.Null(Extractor.Extract(text).First(DetailKind.Amount));

    [Theory]
    [InlineData("reach me at Ana.Novak@Example.si please", "ana.novak@example.si")]
    [InlineData("메일은 kim@example.co.kr로 주세요", "kim@example.co.kr")]
    [InlineData("ｔａｎａｋａ＠ｅｘａｍｐｌｅ．ｊｐにお願いします", "tanaka@example.jp")]
    [InlineData("邮箱：wang.li+shop@example.cn", "wang.li+shop@example.cn")]
    public void Extract_Email_IsFound(string text, string expected)
        => Assert.Equal(expected, Extractor.Extract(text).First(DetailKind.Email)?.Value);

    [Theory]
    [InlineData("call me on +386 41 123 456", "+38641123456")]
    [InlineData("+82-10-1234-5678로 연락 주세요", "+821012345678")]
    [InlineData("010-1234-5678로 전화 주세요", "01012345678")]
    [InlineData("電話番号は090-1234-5678です", "09012345678")]
    [InlineData("03-1234-5678", "0312345678")]
    [InlineData("我的手机13800138000", "13800138000")]
    [InlineData("pokličite me na 041 123 456", "041123456")]
    [InlineData("my number is (555) 123-4567", "5551234567")]
    [InlineData("555-123-4567", "5551234567")]
    [InlineData("phone: 1234567", "1234567")]
    [InlineData("＋３８６　４１　１２３　４５６", "+38641123456")]
    public void Extract_Phone_IsFound(string text, string expected)
        => Assert.Equal(expected, Extractor.Extract(text).First(DetailKind.Phone)?.Value);

    [Theory]
    [InlineData("order 1234567890 is late")]
    [InlineData("주문번호 1234567890")]
    [InlineData("注文番号12345678の件")]
    [InlineData("订单号1380013800")]
    [InlineData("naročilo 12345678")]
    [InlineData("I paid ₩3,000,000")]
    [InlineData("delivered 2026-11-20")]
    [InlineData("serial 123456789 stopped")]
    [InlineData("#A-1234567")]
    public void Extract_OrderNumbersDatesAndAmounts_AreNotTakenForPhones(string text)
        => Assert.Null(Extractor.Extract(text).First(DetailKind.Phone));

    [Fact]
    public void Extract_ExpectingPhone_TakesABareNumber()
        => Assert.Equal("1234567", Extractor.Extract("1234567", expecting: DetailKind.Phone).First(DetailKind.Phone)?.Value);

    [Theory]
    [InlineData("my Acme X200 blender stopped working", "Acme X200 blender")]
    [InlineData("My Acme X200 stopped working", "Acme X200")]
    [InlineData("model X200, bought last year", "X200")]
    [InlineData("the Sony WH-1000XM4 headphones crackle", "Sony WH-1000XM4 headphones")]
    [InlineData("my iPhone 15 screen", "iPhone 15")]
    [InlineData("모델 X200 블렌더가 고장났어요", "X200")]
    [InlineData("제품은 Acme X200입니다", "Acme X200")]
    [InlineData("型番はX200です", "X200")]
    [InlineData("私のAcme X200が動きません", "Acme X200")]
    [InlineData("我的Acme X200搅拌机坏了", "Acme X200")]
    [InlineData("型号：X200", "X200")]
    [InlineData("moj Acme X200 mešalnik ne dela", "Acme X200 mešalnik")]
    [InlineData("Model X200 se je pokvaril včeraj", "X200")]
    public void Extract_ProductWithCue_IsFound(string text, string expected)
        => Assert.Equal(expected, Extractor.Extract(text).First(DetailKind.Product)?.Value);

    [Theory]
    [InlineData("my blender stopped working")]
    [InlineData("this is the 3rd time")]
    [InlineData("my order 12345 is late")]
    [InlineData("the 2 items were broken")]
    [InlineData("X200 is broken")]
    [InlineData("my X200 broke 2 days ago")]
    public void Extract_NoClearProduct_InventsNone(string text)
    {
        var product = Extractor.Extract(text).First(DetailKind.Product);
        Assert.True(product is null || product.Value == "X200", product?.Value);
    }

    [Fact]
    public void Extract_ExpectingProductOrWhen_TakesTheAnswerAsWritten()
    {
        Assert.Equal("the big red kettle", Extractor.Extract("  the big red kettle ", expecting: DetailKind.Product).First(DetailKind.Product)?.Value);
        var when = Extractor.Extract("ever since the move", expecting: DetailKind.Date).First(DetailKind.Date);
        Assert.Equal("ever since the move", when?.Value);
        Assert.Null(when?.Date);
    }

    [Fact]
    public void Extract_WholeStory_FindsEveryDetailWithEvidence()
    {
        var details = Extractor.Extract(
            "Hi, my Acme X200 blender from order #A-99812 arrived yesterday broken. I paid €49.90. Email ana@example.si or call +386 41 123 456.");

        Assert.Equal(
            [DetailKind.Product, DetailKind.OrderNumber, DetailKind.Date, DetailKind.Amount, DetailKind.Email, DetailKind.Phone],
            details.All.Select(d => d.Kind));
        Assert.All(details.All, d => Assert.False(string.IsNullOrEmpty(d.Evidence)));
        var facts = details.ApplyTo(new ComplaintFacts());
        Assert.Equal(new ComplaintFacts { OrderNumber = "A-99812", Product = "Acme X200 blender", When = "yesterday (2026-11-22)", Amount = "€49.90" }, facts);
        var customer = details.ApplyTo(new Customer("webchat", "u1"));
        Assert.Equal("ana@example.si", customer.Email);
        Assert.Equal("+38641123456", customer.Phone);
    }

    [Fact]
    public void ApplyTo_KnownFacts_AreNeverOverwritten()
    {
        var known = new ComplaintFacts { OrderNumber = "11111", When = "last week" };
        var facts = Extractor.Extract("order 22222 yesterday").ApplyTo(known);
        Assert.Equal("11111", facts.OrderNumber);
        Assert.Equal("last week", facts.When);
        var customer = Extractor.Extract("new@example.com").ApplyTo(new Customer("msteams", "u") { Email = "old@example.com" });
        Assert.Equal("old@example.com", customer.Email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("It just doesn't work and I'm fed up 😤😤")]
    [InlineData("제품이 마음에 들지 않아요")]
    [InlineData("商品が気に入りません")]
    [InlineData("产品质量太差了")]
    [InlineData("Izdelek mi ni všeč")]
    [InlineData("e\u0301\u0301\u0301 👨‍👩‍👧 \u200B")]
    public void Extract_TextWithoutParticulars_FindsNothing(string text)
        => Assert.True(Extractor.Extract(text).IsEmpty);

    public static TheoryData<string> HostileTexts() => new()
    {
        string.Concat(Enumerable.Repeat("1 ", 20_000)),
        string.Concat(Enumerable.Repeat("1.", 20_000)),
        string.Concat(Enumerable.Repeat("a.", 20_000)) + "@",
        "a@" + string.Concat(Enumerable.Repeat("b.", 20_000)),
        string.Concat(Enumerable.Repeat("my X1 ", 5_000)),
        string.Concat(Enumerable.Repeat("order ", 5_000)) + "12345",
        string.Concat(Enumerable.Repeat("́", 10_000)),
        string.Concat(Enumerable.Repeat("😡", 10_000)),
        string.Concat(Enumerable.Repeat("昨日", 10_000)),
    };

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public void Extract_LongHostileText_CompletesWithoutError(string text)
    {
        var details = Extractor.Extract(text);
        Assert.NotNull(details);
        Assert.NotNull(PersonalDataRedactor.Redact(text));
        Assert.NotNull(new ComplaintCategoryClassifier().Classify(text));
        Assert.NotNull(new DesiredResolutionRecognizer().Recognize(text, answeringQuestion: false));
    }
}
