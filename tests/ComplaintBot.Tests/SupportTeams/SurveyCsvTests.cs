using System.Text;
using ComplaintBot.CheckIns;
using ComplaintBot.SupportTeams;

namespace ComplaintBot.Tests.SupportTeams;

public sealed class SurveyCsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("", "")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line 1\nline 2", "\"line 1\nline 2\"")]
    [InlineData("line 1\r\nline 2", "\"line 1\r\nline 2\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("+1 555", "'+1 555")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1:A9)", "'@SUM(A1:A9)")]
    [InlineData("\tindented", "'\tindented")]
    [InlineData("mid = ok", "mid = ok")]
    public void Cell_QuotesAndNeutralisesFormulas(string value, string expected) =>
        Assert.Equal(expected, SurveyCsv.Cell(value));

    [Fact]
    public void Write_IsUtf8WithBom_CrlfRows_AndKeepsTheCommentWhole()
    {
        var result = new CheckInResult(
            "CMP-1@1", "CMP-1", "Billing", "ko", "=Mina", CheckInStatus.Answered, false, 2, "두 번 청구됐어요, \"정말\"\n=1+1",
            new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), null);

        var bytes = SurveyCsv.Write([result]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.Equal(
            "check_in_id,complaint_reference,category,language,agent,status,solved,rating,comment,negative,resolved_at,sent_at,answered_at\r\n"
            + "CMP-1@1,CMP-1,Billing,ko,'=Mina,Answered,no,2,\"두 번 청구됐어요, \"\"정말\"\"\n=1+1\",yes,2026-11-21T10:00:00Z,2026-11-22T10:00:00Z,\r\n",
            text);
    }
}
