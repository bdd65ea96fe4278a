using System.Globalization;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>Whether a message tells something (the start of a story) or is only a greeting or a one-word answer.</summary>
public static class StoryText
{
    private const int MinWords = 3;
    private const int MinCjkCharacters = 6;

    public static bool HasSubstance(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var cjk = text.Count(IsCjk);
        return words >= MinWords || cjk >= MinCjkCharacters;
    }

    private static bool IsCjk(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category == UnicodeCategory.OtherLetter && c >= '\u1100';
    }
}
