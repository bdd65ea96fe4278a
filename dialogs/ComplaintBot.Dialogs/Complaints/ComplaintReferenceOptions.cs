using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>How complaint references look: <c>{Prefix}-{Length characters}</c>, e.g. <c>CMP-7K3Q9D</c>.</summary>
public sealed record ComplaintReferenceOptions
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Reference";

    /// <summary>One to five capital ASCII letters.</summary>
    [Required]
    [RegularExpression("^[A-Z]{1,5}$", ErrorMessage = "Prefix must be one to five capital letters A-Z.")]
    public string Prefix { get; set; } = "CMP";

    /// <summary>How many random characters follow the hyphen (31^6 ≈ 887 million references at the default).</summary>
    [Range(4, 12)]
    public int Length { get; set; } = 6;

    /// <summary>How many fresh references to try when one is already taken before giving up.</summary>
    [Range(1, 50)]
    public int MaxAttempts { get; set; } = 8;
}
