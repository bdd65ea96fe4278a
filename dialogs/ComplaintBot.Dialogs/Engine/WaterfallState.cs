namespace ComplaintBot.Dialogs.Engine;

/// <summary>What a waterfall stores between turns: the step it waits in and the details so far.</summary>
internal sealed record WaterfallState<TDetails>(int StepIndex, TDetails Details)
    where TDetails : class, new();
