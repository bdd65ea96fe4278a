using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>How the detail extractor recognises the company's own identifiers.</summary>
public sealed record ComplaintDetailOptions : IValidatableObject
{
    /// <summary>Configuration section the host binds these options from.</summary>
    public const string SectionName = "Complaints:Details";

    /// <summary>
    /// A regular expression for the order number itself (matched case-insensitively, without anchors), read after an
    /// order cue ("order", "주문번호", "注文番号", "订单号", "naročilo") or a "#". Default: up to four letters, an optional
    /// hyphen, four to fourteen digits ("12345", "A-99812", "ORD-20261122").
    /// </summary>
    [Required]
    public string OrderNumberPattern { get; set; } = @"[A-Z]{0,4}-?\d{4,14}";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(OrderNumberPattern))
        {
            yield break;
        }

        Regex? pattern = null;
        string? error = null;
        try
        {
            pattern = new Regex($"^(?:{OrderNumberPattern})$", RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException exception)
        {
            error = exception.Message;
        }

        if (error is not null)
        {
            yield return new ValidationResult($"OrderNumberPattern is not a valid regular expression: {error}", [nameof(OrderNumberPattern)]);
        }
        else if (pattern!.IsMatch(string.Empty))
        {
            yield return new ValidationResult("OrderNumberPattern must not match an empty string.", [nameof(OrderNumberPattern)]);
        }
    }
}
