using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Which circumstances raise a complaint above normal priority.</summary>
public sealed record PriorityOptions
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Priority";

    /// <summary>The high-priority categories when none are configured: money taken from the customer.</summary>
    public static readonly IReadOnlyList<ComplaintCategory> DefaultHighPriorityCategories = [ComplaintCategory.Billing];

    /// <summary>
    /// Categories handled at high priority; unset means <see cref="DefaultHighPriorityCategories"/>. (Null rather than a
    /// filled default, because configuration binding appends to a list that already has items.)
    /// </summary>
    public ComplaintCategory[]? HighPriorityCategories { get; set; }

    /// <summary>
    /// How many raising reasons (VIP, frequent contacter, escalation, category) together make a complaint urgent even
    /// without harm; e.g. 3 = an escalated VIP who keeps contacting us.
    /// </summary>
    [Range(2, 5)]
    public int ReasonsForUrgent { get; set; } = 3;
}
