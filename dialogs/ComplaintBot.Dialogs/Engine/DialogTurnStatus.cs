namespace ComplaintBot.Dialogs.Engine;

/// <summary>Where the dialog stack stands after a turn.</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active.</summary>
    Empty,

    /// <summary>A dialog is waiting for the customer's next message.</summary>
    Waiting,

    /// <summary>The last dialog on the stack ended; <see cref="DialogTurnResult.Result"/> holds what it returned.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,
}
