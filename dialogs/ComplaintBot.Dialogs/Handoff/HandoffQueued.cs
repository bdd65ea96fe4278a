namespace ComplaintBot.Dialogs.Handoff;

/// <summary>What the agent side says about a handoff it queued, so the bot can be honest about the wait.</summary>
/// <param name="AgentsAvailable">Whether anyone is signed in who can take it now.</param>
/// <param name="ExpectedWait">The expected wait when agents are available and it can be estimated.</param>
public sealed record HandoffQueued(bool AgentsAvailable, TimeSpan? ExpectedWait);
