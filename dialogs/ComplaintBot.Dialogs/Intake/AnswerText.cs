namespace ComplaintBot.Dialogs.Intake;

/// <summary>
/// The thing a short answer names, without the polite copula around it: "ミキサーX200です" → "ミキサーX200",
/// "믹서기 X200이에요" → "믹서기 X200", "It's the X200" → "the X200", so the apology can name it naturally.
/// </summary>
public static class AnswerText
{
    private static readonly string[] Endings = ["。", ".", "!", "でございます", "です", "입니다", "이에요", "예요", "이요"];
    private static readonly string[] Openings = ["it's ", "it is ", "its ", "是", "je "];

    public static string Core(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var core = answer.Trim();
        foreach (var ending in Endings)
        {
            if (core.Length > ending.Length && core.EndsWith(ending, StringComparison.Ordinal))
            {
                core = core[..^ending.Length].TrimEnd();
            }
        }

        foreach (var opening in Openings)
        {
            if (core.Length > opening.Length && core.StartsWith(opening, StringComparison.OrdinalIgnoreCase))
            {
                core = core[opening.Length..].TrimStart();
            }
        }

        return core;
    }
}
