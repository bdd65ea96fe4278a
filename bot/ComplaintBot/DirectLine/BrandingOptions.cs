using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.DirectLine;

/// <summary>How the chat page presents the company (<c>Branding</c> section).</summary>
public sealed class BrandingOptions
{
    public const string SectionName = "Branding";

    [Required]
    [StringLength(80, MinimumLength = 1)]
    public string CompanyName { get; set; } = "ComplaintBot";

    /// <summary>Initials on the bot's avatar; the company name's initials when unset.</summary>
    [StringLength(3)]
    public string? AvatarInitials { get; set; }

    public string Initials() =>
        AvatarInitials is { Length: > 0 } initials
            ? initials
            : string.Concat(CompanyName.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2).Select(word => char.ToUpperInvariant(word[0])));
}
