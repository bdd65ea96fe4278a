using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class ComplaintCategoryClassifierTests
{
    private static readonly ComplaintCategoryClassifier Classifier = new();

    [Theory]
    [InlineData("My blender stopped working after two days, the motor is broken.", ComplaintCategory.ProductFault)]
    [InlineData("블렌더가 이틀 만에 고장났어요. 전원이 안 켜져요.", ComplaintCategory.ProductFault)]
    [InlineData("ミキサーが2日で壊れました。電源が入りません。", ComplaintCategory.ProductFault)]
    [InlineData("搅拌机用了两天就坏了，开不了机。", ComplaintCategory.ProductFault)]
    [InlineData("Mešalnik se je po dveh dneh pokvaril in ne deluje več.", ComplaintCategory.ProductFault)]
    [InlineData("My parcel never arrived and the tracking hasn't moved in a week.", ComplaintCategory.Delivery)]
    [InlineData("택배가 아직 안 왔어요. 배송 조회도 안 돼요.", ComplaintCategory.Delivery)]
    [InlineData("荷物がまだ届きません。配送状況も更新されていません。", ComplaintCategory.Delivery)]
    [InlineData("包裹还没到，物流一直没有更新。", ComplaintCategory.Delivery)]
    [InlineData("Paket še ni prispel, dostava zamuja že en teden.", ComplaintCategory.Delivery)]
    [InlineData("I was charged twice for the same invoice.", ComplaintCategory.Billing)]
    [InlineData("같은 주문이 두 번 결제됐어요. 카드 청구서를 확인해 주세요.", ComplaintCategory.Billing)]
    [InlineData("同じ注文で二重に請求されました。", ComplaintCategory.Billing)]
    [InlineData("同一个订单被重复扣款了，账单上有两笔。", ComplaintCategory.Billing)]
    [InlineData("Zaračunali so mi dvakrat, plačilo je šlo dvakrat s kartice.", ComplaintCategory.Billing)]
    [InlineData("The staff at the store were rude and ignored me.", ComplaintCategory.ServiceOrStaff)]
    [InlineData("매장 직원이 너무 불친절했어요.", ComplaintCategory.ServiceOrStaff)]
    [InlineData("店員の態度がとても失礼でした。", ComplaintCategory.ServiceOrStaff)]
    [InlineData("门店店员态度很差，很不礼貌。", ComplaintCategory.ServiceOrStaff)]
    [InlineData("Prodajalka v trgovini je bila nesramna.", ComplaintCategory.ServiceOrStaff)]
    [InlineData("I can't log in, the app says my password is wrong.", ComplaintCategory.AccountOrTechnical)]
    [InlineData("앱에 로그인이 안 돼요. 비밀번호 오류가 나요.", ComplaintCategory.AccountOrTechnical)]
    [InlineData("アプリにログインできません。パスワードのエラーが出ます。", ComplaintCategory.AccountOrTechnical)]
    [InlineData("无法登录应用，一直提示密码错误。", ComplaintCategory.AccountOrTechnical)]
    [InlineData("Ne morem se prijaviti v aplikacijo, geslo ne deluje.", ComplaintCategory.AccountOrTechnical)]
    [InlineData("ＭＹ ＢＬＥＮＤＥＲ ＩＳ ＢＲＯＫＥＮ 😡😡", ComplaintCategory.ProductFault)]
    [InlineData("pokvarjen mesalnik, vceraj kupljen", ComplaintCategory.ProductFault)]
    public void Classify_ClearStory_GivesCategoryWithoutAsking(string text, ComplaintCategory expected)
    {
        var guess = Classifier.Classify(text);
        Assert.Equal(expected, guess.Category);
        Assert.False(guess.IsUnsure, string.Join(" | ", guess.Evidence));
        Assert.InRange(guess.Confidence, 0.5, 1);
        Assert.NotEmpty(guess.Evidence);
    }

    [Theory]
    [InlineData("I'm not happy at all.")]
    [InlineData("정말 실망했어요.")]
    [InlineData("とても残念です。")]
    [InlineData("太失望了。")]
    [InlineData("Zelo sem razočaran.")]
    [InlineData("")]
    [InlineData("🙃🙃🙃")]
    public void Classify_NothingRecognisable_IsOtherAndUnsure(string text)
    {
        var guess = Classifier.Classify(text);
        Assert.Equal(ComplaintCategory.Other, guess.Category);
        Assert.True(guess.IsUnsure);
        Assert.Equal(0, guess.Confidence);
        Assert.Empty(guess.Candidates);
    }

    [Theory]
    [InlineData("It came late and the blender is broken.")]
    [InlineData("배송도 늦었고 제품도 고장났어요.")]
    [InlineData("Paket je zamujal, mešalnik pa je pokvarjen.")]
    public void Classify_TwoEqualReadings_IsUnsureAndOffersBoth(string text)
    {
        var guess = Classifier.Classify(text);
        Assert.True(guess.IsUnsure);
        Assert.Equal([ComplaintCategory.ProductFault, ComplaintCategory.Delivery], guess.Candidates.Order());
    }

    [Theory]
    [InlineData("The delivery was fine, but the blender is broken.", ComplaintCategory.ProductFault)]
    [InlineData("It's not about the delivery: I was charged twice.", ComplaintCategory.Billing)]
    [InlineData("Dostava ni problem, zaračunali so mi dvakrat.", ComplaintCategory.Billing)]
    [InlineData("배송은 괜찮았는데 제품이 고장났어요.", ComplaintCategory.ProductFault)]
    [InlineData("配送は問題なかったが、商品が壊れていました。", ComplaintCategory.ProductFault)]
    [InlineData("不是配送的问题，是扣款扣了两次。", ComplaintCategory.Billing)]
    [InlineData("物流没问题，但是产品坏了。", ComplaintCategory.ProductFault)]
    public void Classify_AspectSetAside_DoesNotCount(string text, ComplaintCategory expected)
    {
        var guess = Classifier.Classify(text);
        Assert.Equal(expected, guess.Category);
        Assert.False(guess.IsUnsure);
    }
}
