using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Agents;

/// <summary>The <c>Agents</c> settings.</summary>
public sealed class AgentsOptions
{
    public const string Section = "Agents";

    /// <summary>
    /// How long a waiting handoff is offered only to agents who speak the customer's language before every agent sees
    /// it (when nobody speaks it, everyone sees it at once). Default two minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan LanguageFirstWindow { get; set; } = TimeSpan.FromMinutes(2);
}
