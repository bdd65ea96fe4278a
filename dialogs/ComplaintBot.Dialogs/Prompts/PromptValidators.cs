using System.Globalization;
using ComplaintBot.Dialogs.Complaints;

namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Validators for a <see cref="TextPrompt"/> that accept an answer containing an email address, a phone number or an
/// order number (in the configured pattern), found by the <see cref="ComplaintDetailExtractor"/> also inside a sentence
/// or in full-width characters, and end the prompt with just that detail's canonical value.
/// </summary>
public static class PromptValidators
{
    public static PromptValidator<string> Email(ComplaintDetailExtractor extractor) => Detail(extractor, DetailKind.Email);

    public static PromptValidator<string> PhoneNumber(ComplaintDetailExtractor extractor) => Detail(extractor, DetailKind.Phone);

    public static PromptValidator<string> OrderNumber(ComplaintDetailExtractor extractor) => Detail(extractor, DetailKind.OrderNumber);

    /// <summary>Accepts an answer in which <paramref name="extractor"/> finds a detail of <paramref name="kind"/>.</summary>
    public static PromptValidator<string> Detail(ComplaintDetailExtractor extractor, DetailKind kind)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        return (promptContext, _) =>
        {
            ArgumentNullException.ThrowIfNull(promptContext);
            if (!promptContext.Recognized.Succeeded || promptContext.Recognized.Value is not { } answer
                || extractor.Extract(answer, CultureInfo.CurrentUICulture, kind).First(kind) is not { } detail)
            {
                return Task.FromResult(false);
            }

            promptContext.Recognized = new PromptRecognizerResult<string>(true, detail.Value);
            return Task.FromResult(true);
        };
    }
}
