using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Decides how soon a person must act. Harm or an urgent block makes it urgent; each of VIP, frequent contacter,
/// escalation and a high-priority category raises it to high; enough of them together
/// (<see cref="PriorityOptions.ReasonsForUrgent"/>) make it urgent.
/// </summary>
public sealed class PriorityPolicy
{
    private readonly PriorityOptions _options;

    public PriorityPolicy(IOptions<PriorityOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
    }

    public PriorityDecision Decide(PriorityInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reasons = new List<string>();
        if (input.UrgentHarm)
        {
            reasons.Add(PriorityReasons.UrgentHarm);
        }

        if (input.IsVip)
        {
            reasons.Add(PriorityReasons.Vip);
        }

        if (input.IsFrequentContacter)
        {
            reasons.Add(PriorityReasons.Frequent);
        }

        if (input.Escalated)
        {
            reasons.Add(PriorityReasons.Escalated);
        }

        if (_options.HighPriorityCategories.Contains(input.Category))
        {
            reasons.Add(PriorityReasons.Category(input.Category));
        }

        var raising = input.UrgentHarm ? reasons.Count - 1 : reasons.Count;
        var priority = input.UrgentHarm || raising >= _options.ReasonsForUrgent ? ComplaintPriority.Urgent
            : raising > 0 ? ComplaintPriority.High
            : ComplaintPriority.Normal;
        return new PriorityDecision(priority, reasons);
    }
}
