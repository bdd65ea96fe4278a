using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Asks for a number and ends with it as a <typeparamref name="T"/>: the whole answer ("49.99", "１２") or the first
/// number in it ("about 3 weeks", "€49,99"), read in the turn's culture, then invariantly.
/// </summary>
public sealed partial class NumberPrompt<T>(string id, PromptValidator<T>? validator = null) : Prompt<T>(id, validator)
    where T : struct, INumber<T>
{
    protected override PromptRecognizerResult<T> Recognize(ITurnContext turnContext, PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var text = turnContext.Activity.Text?.Normalize(NormalizationForm.FormKC).Trim();
        if (string.IsNullOrEmpty(text))
        {
            return new(false);
        }

        if (TryParse(text, out var whole))
        {
            return new(true, whole);
        }

        return FirstNumber().Match(text) is { Success: true } match && TryParse(match.Value, out var found)
            ? new(true, found)
            : new(false);
    }

    private static bool TryParse(string text, out T value)
        => T.TryParse(text, NumberStyles.Number, CultureInfo.CurrentCulture, out value)
            || T.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    [GeneratedRegex(@"[-+]?\d+(?:[.,]\d+)*", RegexOptions.CultureInvariant)]
    private static partial Regex FirstNumber();
}
