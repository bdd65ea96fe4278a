namespace ComplaintBot.Dialogs.Engine;

/// <summary>Why a dialog is being resumed, or is ending.</summary>
public enum DialogReason
{
    /// <summary>The dialog was just begun.</summary>
    BeginCalled,

    /// <summary>The customer sent a message to the waiting dialog.</summary>
    ContinueCalled,

    /// <summary>The dialog (or the child it waited for) ended normally.</summary>
    EndCalled,

    /// <summary>The dialog is replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog is cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step skipped ahead with <c>NextAsync</c>.</summary>
    NextCalled,
}
