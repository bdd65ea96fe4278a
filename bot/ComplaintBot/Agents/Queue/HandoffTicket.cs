using ComplaintBot.Dialogs.Handoff;
using ComplaintBot.Dialogs.Sentiment;

namespace ComplaintBot.Agents.Queue;

/// <summary>
/// One handoff in the agents' queue: which complaint and conversation, who holds it, and what the console shows in
/// the queue before it is opened (reason, mood, flags). The complaint itself stays in the complaint store.
/// </summary>
public sealed record HandoffTicket
{
    public required string Id { get; init; }

    public required string ComplaintReference { get; init; }

    /// <summary>The customer's conversation, see <see cref="ConversationKeys"/>.</summary>
    public required string ConversationKey { get; init; }

    public HandoffStatus Status { get; init; }

    /// <summary>The holding agent's account id, once accepted.</summary>
    public string? AgentId { get; init; }

    /// <summary>The holding agent's name as the customer sees it.</summary>
    public string? AgentName { get; init; }

    /// <summary>Higher first: see <see cref="HandoffPriority"/>.</summary>
    public int Priority { get; init; }

    /// <summary>The customer's language code (en, ko, ja, zh-Hans, sl).</summary>
    public required string Language { get; init; }

    public EscalationReason Reason { get; init; }

    public SentimentLabel Mood { get; init; }

    public IReadOnlyList<UpsetSignal> Signals { get; init; } = [];

    public bool IsVip { get; init; }

    public bool IsFrequentContacter { get; init; }

    public required DateTimeOffset RequestedAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; init; }

    /// <summary>Whether the customer, writing again while waiting, was already told a person is coming.</summary>
    public bool CustomerToldToWait { get; init; }

    /// <summary>The queue's concurrency version: an update must carry the version it read.</summary>
    public int Version { get; init; }

    /// <summary>Whether the bot stays quiet in this conversation (an agent is coming or holds it).</summary>
    public bool IsActive => Status is HandoffStatus.Waiting or HandoffStatus.Accepted;
}
