using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>Which customers are VIPs, and how many complaints make a frequent contacter.</summary>
public sealed record CustomerProfileOptions : IValidatableObject
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Customers";

    /// <summary>Account ids of VIP customers (compared without regard to case).</summary>
    [Required]
    public IList<string> VipAccountIds { get; set; } = [];

    /// <summary>Email domains whose people are VIPs ("example.com" also covers "eu.example.com").</summary>
    [Required]
    public IList<string> VipEmailDomains { get; set; } = [];

    /// <summary>This many earlier complaints within <see cref="FrequentWindowDays"/> make a frequent contacter.</summary>
    [Range(1, 100)]
    public int FrequentComplaintCount { get; set; } = 3;

    [Range(1, 365)]
    public int FrequentWindowDays { get; set; } = 30;

    /// <summary>How many earlier complaints to read at most.</summary>
    [Range(1, 1000)]
    public int HistoryLimit { get; set; } = 100;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (VipAccountIds.Any(string.IsNullOrWhiteSpace))
        {
            yield return new ValidationResult("VipAccountIds must not contain blank entries.", [nameof(VipAccountIds)]);
        }

        foreach (var domain in VipEmailDomains)
        {
            if (string.IsNullOrWhiteSpace(domain) || domain.Contains('@', StringComparison.Ordinal) || !domain.Contains('.', StringComparison.Ordinal)
                || domain.Any(char.IsWhiteSpace))
            {
                yield return new ValidationResult($"VipEmailDomains: '{domain}' is not a domain such as example.com.", [nameof(VipEmailDomains)]);
            }
        }
    }
}
