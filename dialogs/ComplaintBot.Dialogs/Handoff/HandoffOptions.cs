using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>How handoffs are announced on the channel (section <c>Handoff</c>).</summary>
public sealed record HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>Channels that do not receive the <c>handoff.initiate</c> event or the Omnichannel escalation (no contact-centre hub listens there).</summary>
    [Required]
    public IList<string> ChannelsWithoutInitiateEvent { get; init; } = ["msteams"];

    /// <summary>How the handoff is announced: the Bot Framework <c>handoff.initiate</c> event (default) or a Dynamics 365
    /// Omnichannel escalation message.</summary>
    public HandoffFormat Format { get; init; } = HandoffFormat.BotFramework;
}
