namespace ComplaintBot.Dialogs.Engine;

/// <summary>What a waterfall stores between turns: the step it waits in, the details it was begun with, and the details so far.</summary>
internal sealed record WaterfallState<TDetails>(int StepIndex, TDetails Options, TDetails Details)
    where TDetails : class, new();
