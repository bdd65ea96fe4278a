using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Handoff;

/// <summary>How handoffs are announced on the channel (section <c>Handoff</c>).</summary>
public sealed record HandoffOptions
{
    public const string SectionName = "Handoff";

    /// <summary>Channels that do not receive the <c>handoff.initiate</c> event (no contact-centre hub listens there).</summary>
    [Required]
    public IList<string> ChannelsWithoutInitiateEvent { get; init; } = ["msteams"];
}
