using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// A filed complaint: everything the customer said and everything done about it. Written to the store before the
/// customer is told it is filed; later changes go through <see cref="IComplaintStore.UpdateAsync"/>.
/// </summary>
public sealed record Complaint
{
    /// <summary>The customer-facing reference, e.g. <c>CMP-7K3Q9D</c>.</summary>
    public required string Reference { get; init; }

    public required Customer Customer { get; init; }

    /// <summary>Where to reach the customer proactively (the same chat).</summary>
    public required ConversationReference Conversation { get; init; }

    /// <summary>One of the supported language codes (en, ko, ja, zh-Hans, sl).</summary>
    public required string Language { get; init; }

    public ComplaintCategory Category { get; init; }

    /// <summary>The customer's story, in their words.</summary>
    public required string Description { get; init; }

    public ComplaintFacts Facts { get; init; } = new();

    public DesiredResolution DesiredResolution { get; init; }

    /// <summary>The customer's words when the resolution they want is none of the usual ones.</summary>
    public string? DesiredResolutionText { get; init; }

    public ContactRoute ContactRoute { get; init; }

    public ComplaintPriority Priority { get; init; }

    /// <summary>Why the priority is what it is (e.g. "vip", "frequent", "urgent-harm").</summary>
    public IReadOnlyList<string> PriorityReasons { get; init; } = [];

    public bool IsVip { get; init; }

    public bool IsFrequentContacter { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When a person will have acted, from the response target of the priority.</summary>
    public required DateTimeOffset Deadline { get; init; }

    public ComplaintStatus Status { get; init; }

    public IReadOnlyList<StatusChange> History { get; init; } = [];

    public IReadOnlyList<TranscriptEntry> Transcript { get; init; } = [];

    /// <summary>What was done, once resolved.</summary>
    public string? Resolution { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }

    /// <summary>The store's concurrency version: an update must carry the version it read.</summary>
    public int Version { get; init; }
}
