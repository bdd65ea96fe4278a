using System.Text;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Brings what a customer typed into one comparable form before any rule reads it: compatibility forms folded
/// (full-width "１２３" and "＠" to ASCII, "c" + combining caron to "č"), invisible characters dropped, every dash
/// written as a hyphen and curly apostrophes as straight ones. Letters keep their case; the length may change.
/// </summary>
public static class ComplaintText
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var compatible = text.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(compatible.Length);
        foreach (var c in compatible)
        {
            switch (c)
            {
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    builder.Append('-');
                    break;
                case '\u2018' or '\u2019' or '\u02BC':
                    builder.Append('\'');
                    break;
                case '\u00A0' or '\u202F' or '\u3000':
                    builder.Append(' ');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }
}
