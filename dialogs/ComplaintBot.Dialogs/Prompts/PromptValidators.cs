namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Validators for a <see cref="TextPrompt"/> that accept an answer containing an email address, a phone number or an
/// order number, and end the prompt with just that detail (see <see cref="DetailExtractor"/>).
/// </summary>
public static class PromptValidators
{
    public static Task<bool> EmailAsync(PromptValidatorContext<string> promptContext, CancellationToken cancellationToken)
        => Task.FromResult(Accept(promptContext, DetailExtractor.FindEmail));

    public static Task<bool> PhoneNumberAsync(PromptValidatorContext<string> promptContext, CancellationToken cancellationToken)
        => Task.FromResult(Accept(promptContext, DetailExtractor.FindPhoneNumber));

    /// <param name="pattern">The order-number format, a regular expression such as <c>ORD-?\d{6}</c>; matched case-insensitively.</param>
    public static PromptValidator<string> OrderNumber(string pattern)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pattern);
        return (promptContext, _) => Task.FromResult(Accept(promptContext, text => DetailExtractor.FindOrderNumber(text, pattern)));
    }

    private static bool Accept(PromptValidatorContext<string> promptContext, Func<string?, string?> find)
    {
        ArgumentNullException.ThrowIfNull(promptContext);
        if (!promptContext.Recognized.Succeeded || find(promptContext.Recognized.Value) is not { } detail)
        {
            return false;
        }

        promptContext.Recognized = new PromptRecognizerResult<string>(true, detail);
        return true;
    }
}
