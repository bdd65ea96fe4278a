using System.Globalization;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Tests.Prompts;

/// <summary>Asks one prompt, then says what it answered ("choice:refund:0", "yes", "no", "42", "not recognized after 3").</summary>
public sealed class PromptTestDialog : ComponentDialog
{
    private readonly string _promptId;
    private readonly PromptOptions _options;

    public PromptTestDialog(Dialog prompt, PromptOptions options)
        : base(nameof(PromptTestDialog))
    {
        _promptId = prompt.Id;
        _options = options;
        AddDialog(new WaterfallDialog<PromptAnswer>(nameof(WaterfallDialog<PromptAnswer>), [AskStepAsync, AnswerStepAsync]));
        AddDialog(prompt);
    }

    public static string Describe(object? result) => result switch
    {
        FoundChoice choice => $"choice:{choice.Value}:{choice.Index}",
        bool answer => answer ? "yes" : "no",
        NotRecognized notRecognized => $"not recognized after {notRecognized.Attempts}",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => result?.ToString() ?? "null",
    };

    private Task<DialogTurnResult> AskStepAsync(WaterfallStepContext<PromptAnswer> stepContext, CancellationToken cancellationToken)
        => stepContext.PromptAsync(_promptId, _options, cancellationToken);

    private static async Task<DialogTurnResult> AnswerStepAsync(WaterfallStepContext<PromptAnswer> stepContext, CancellationToken cancellationToken)
    {
        var answer = Describe(stepContext.Result);
        await stepContext.Context.SendActivityAsync(answer, cancellationToken);
        return await stepContext.EndDialogAsync(new PromptAnswer { Text = answer }, cancellationToken);
    }
}
