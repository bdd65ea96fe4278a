using System.Globalization;
using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Intake;

/// <summary>Whether a message tells something (the start of a story) or is only a greeting or a one-word answer.</summary>
public static class StoryText
{
    private const int MinWords = 3;
    private const int MinCjkCharacters = 6;

    private static readonly HashSet<string> NothingMore = new(StringComparer.Ordinal)
    {
        "no", "nope", "nothing", "nothing else", "nothing more", "that's it", "that's all", "that is all", "no, that's all", "all good",
        "nothing else for now", "nothing for now", "that's all for now", "that's it for now", "no thanks", "no, thanks", "no thank you", "no, thank you",
        "없어요", "없습니다", "없음", "아니요", "아뇨", "그게 다예요", "그게 다입니다", "더 없어요", "이상입니다", "괜찮아요", "괜찮습니다",
        "以上です", "以上", "ありません", "特にありません", "特にない", "ないです", "いいえ", "それだけです", "大丈夫です",
        "没有了", "没有", "就这些", "就这样", "没了", "不用了", "暂时没有了",
        "ne", "nič", "nič več", "to je vse", "ni", "to je to", "ne, hvala", "ne hvala", "zaenkrat nič",
    };

    /// <summary>
    /// "That's all" in any supported language: the customer has nothing to add to the story, or, with no complaint under
    /// way, nothing more to say.
    /// </summary>
    public static bool IsNothingMore(string? text) => NothingMore.Contains(InputText.Normalize(text));

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
