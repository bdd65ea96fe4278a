using ComplaintBot.Dialogs.Intake;

namespace ComplaintBot.Dialogs.Tests.Intake;

public sealed class AnswerTextTests
{
    [Theory]
    [InlineData("ミキサーX200です", "ミキサーX200")]
    [InlineData("ミキサーX200でございます。", "ミキサーX200")]
    [InlineData("믹서기 X200이에요", "믹서기 X200")]
    [InlineData("믹서기 X200입니다.", "믹서기 X200")]
    [InlineData("It's the Acme X200.", "the Acme X200")]
    [InlineData("是搅拌机X200", "搅拌机X200")]
    [InlineData("Mešalnik X200", "Mešalnik X200")]
    [InlineData("です", "です")]
    public void Core_ShortAnswer_DropsThePoliteCopula(string answer, string expected)
        => Assert.Equal(expected, AnswerText.Core(answer));
}
