using ComplaintBot.Tests.Hosting;
using Xunit.Abstractions;

namespace ComplaintBot.Tests.Conversations;

public sealed class IntakeExplorationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("en-US", "My Acme X200 blender stopped working two days after delivery, order 48213. It just makes a burning smell.", "That's all", "Yes", "I unplugged it and tried again", "Replacement", "ana@example.com", "n")]
    [InlineData("ko-KR", "주문번호 48213으로 받은 믹서기가 이틀 만에 고장났어요. 타는 냄새가 나요.", "없어요", "네", "전원을 껐다가 다시 켜 봤어요", "교환", "ana@example.com", "n")]
    [InlineData("ja-JP", "注文番号48213のミキサーが届いて二日で動かなくなりました。焦げた匂いがします。", "以上です", "はい", "電源を入れ直しました", "交換", "ana@example.com", "n")]
    [InlineData("zh-CN", "订单号48213的搅拌机收到两天就坏了，有烧焦的味道。", "没有了", "是", "我重新插了电源", "换货", "ana@example.com", "n")]
    [InlineData("sl-SI", "Mešalnik iz naročila 48213 se je pokvaril dva dni po dostavi. Smrdi po zažganem.", "To je vse", "Da", "Izklopil sem ga in poskusil znova", "Zamenjava", "ana@example.com", "n")]
    public async Task Explore(string locale, params string[] messages)
    {
        await using var host = new BotHostFactory();
        using var client = host.CreateLoopbackClient();
        var chat = new CustomerChat(client, locale, name: "Ana");
        foreach (var message in messages)
        {
            output.WriteLine("> " + message);
            foreach (var reply in await chat.SayTextsAsync(message))
            {
                output.WriteLine("< " + reply);
            }
        }

        host.DeleteDataDirectory();
    }
}
