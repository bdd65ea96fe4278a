namespace ComplaintBot.Agents.Console;

/// <summary>Why an agent's action was not done.</summary>
public enum DeskRefusal
{
    /// <summary>No such handoff, complaint or agent.</summary>
    NotFound,

    /// <summary>The handoff is not in a state that allows it (already taken, held by someone else, resolved…).</summary>
    Conflict,

    /// <summary>The request itself is not acceptable (empty text…).</summary>
    Invalid,
}
