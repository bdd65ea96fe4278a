namespace ComplaintBot.Dialogs.Engine;

/// <summary>One step of a <see cref="WaterfallDialog{TDetails}"/>.</summary>
public delegate Task<DialogTurnResult> WaterfallStep<TDetails>(WaterfallStepContext<TDetails> stepContext, CancellationToken cancellationToken)
    where TDetails : class, new();
