namespace ComplaintBot.CheckIns;

/// <summary>
/// Where a check-in is: scheduled → sent → answered (or unanswered once its answer window ends), or undeliverable,
/// missed (send window over) or cancelled.
/// </summary>
public enum CheckInStatus
{
    /// <summary>Waiting for its due time, or for its next attempt after a transient failure.</summary>
    Scheduled,

    /// <summary>Delivered; waiting for the customer's answer (one part may have come already).</summary>
    Sent,

    /// <summary>The customer answered both questions, or one of them before the answer window ended.</summary>
    Answered,

    /// <summary>The channel refused it for good (blocked, not in the roster, conversation gone).</summary>
    Undeliverable,

    /// <summary>Its window ended before it could be delivered.</summary>
    Missed,

    /// <summary>The complaint was no longer resolved when it fell due (reopened or closed meanwhile).</summary>
    Cancelled,

    /// <summary>Delivered and reminded, but the answer window ended without any answer.</summary>
    Unanswered,
}
