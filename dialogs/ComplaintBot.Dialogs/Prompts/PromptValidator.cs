namespace ComplaintBot.Dialogs.Prompts;

/// <summary>
/// Decides whether a prompt's answer is acceptable, also when the prompt itself did not understand it. A validator that
/// sends its own message keeps the prompt from sending its retry prompt.
/// </summary>
public delegate Task<bool> PromptValidator<T>(PromptValidatorContext<T> promptContext, CancellationToken cancellationToken);
