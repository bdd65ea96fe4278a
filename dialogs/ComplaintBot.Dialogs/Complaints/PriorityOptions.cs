using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Which circumstances raise a complaint above normal priority.</summary>
public sealed record PriorityOptions
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Priority";

    /// <summary>Categories handled at high priority (money taken from the customer, by default).</summary>
    [Required]
    public IList<ComplaintCategory> HighPriorityCategories { get; set; } = [ComplaintCategory.Billing];

    /// <summary>
    /// How many raising reasons (VIP, frequent contacter, escalation, category) together make a complaint urgent even
    /// without harm; e.g. 3 = an escalated VIP who keeps contacting us.
    /// </summary>
    [Range(2, 5)]
    public int ReasonsForUrgent { get; set; } = 3;
}
