using ComplaintBot.Dialogs.Localization;

namespace ComplaintBot.Agents.Accounts;

/// <summary>Compares and checks the language codes agents are tagged with, through <see cref="SupportedLanguages"/>.</summary>
public static class AgentLanguages
{
    /// <summary>Whether two tags name the same supported language ("zh" and "zh-Hans", "ko" and "ko-KR").</summary>
    public static bool Same(string? a, string? b)
    {
        var left = SupportedLanguages.FromLocale(a);
        return left is not null && left.Equals(SupportedLanguages.FromLocale(b));
    }

    /// <summary>The canonical code of a tag (e.g. "ko-KR" → "ko", "zh-CN" → "zh-Hans"); null when not supported.</summary>
    public static string? Normalize(string? tag) => SupportedLanguages.FromLocale(tag)?.Name;
}
